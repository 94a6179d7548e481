import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { Alert, Badge, Button, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { LaunchCurve } from "../../../components/launch-curve"
import { errorMessage } from "../../../lib/api-error"
import { useAllocate, usePreorder } from "../../../lib/stock-queries"

/** One title's pre-orders: counts, launch curve, lines oldest first with links to their orders. */
const PreorderDetailPage = () => {
  const variantId = useParams().variant_id as string
  const [offset, setOffset] = useState(0)
  const { data, isPending, isError, error } = usePreorder(variantId, offset)
  const allocate = useAllocate(variantId)
  if (isError) return <Container><Alert variant="error">{errorMessage(error)}</Alert></Container>
  if (isPending) return <Container><Skeleton className="h-48 w-full" /></Container>
  const p = data.preorder
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3">
        <div className="flex items-start justify-between">
          <div>
            <Heading level="h1">{p.title}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Release {new Date(p.release_date).toLocaleDateString()} · <Badge color={p.status === "open" ? "green" : "grey"}>{p.status}</Badge> · cap {p.cap ?? "none"} · taken {p.claimed_quantity}
            </Text>
          </div>
          <Button size="small" variant="secondary" isLoading={allocate.isPending} onClick={() => allocate.mutate()}>Allocate now</Button>
        </div>
        {allocate.isError && <Alert variant="error">{errorMessage(allocate.error)}</Alert>}
        <dl className="grid grid-cols-4 gap-4">
          {(["pending", "allocated", "shipped", "cancelled"] as const).map((s) => (
            <div key={s}><dt className="txt-small text-ui-fg-subtle capitalize">{s}</dt><dd className="txt-xlarge-plus">{p.lines[s]}</dd></div>
          ))}
        </dl>
        <LaunchCurve days={data.per_day} />
      </Container>
      <Container className="p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Placed</Table.HeaderCell>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Reader</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>{new Date(l.created_at).toLocaleString()}</Table.Cell>
                <Table.Cell><Link className="text-ui-fg-interactive" to={`/orders/${l.order_id}`}>{l.order_display_id ? `#${l.order_display_id}` : l.order_id}</Link></Table.Cell>
                <Table.Cell>{l.email ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">{l.quantity}</Table.Cell>
                <Table.Cell>{l.status}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">{data.count === 0 ? "No pre-orders" : `${offset + 1}–${Math.min(offset + data.limit, data.count)} of ${data.count}`}</Text>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - data.limit))}>Previous</Button>
            <Button size="small" variant="secondary" disabled={offset + data.limit >= data.count} onClick={() => setOffset(offset + data.limit)}>Next</Button>
          </div>
        </div>
      </Container>
    </div>
  )
}

export default PreorderDetailPage
