import { Link } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Clock } from "@medusajs/icons"
import { Alert, Badge, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/api-error"
import { usePreorders } from "../../lib/stock-queries"

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })

/** Pre-orders: one row per title format — pending, allocated, shipped, cap, release date. */
const PreordersPage = () => {
  const { data, isPending, isError, error } = usePreorders()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Pre-orders</Heading>
        <Text size="small" className="text-ui-fg-subtle">Titles sold ahead of release. Open a title for its launch curve and orders.</Text>
      </div>
      {isError ? (
        <div className="px-6 py-4"><Alert variant="error">{errorMessage(error)}</Alert></div>
      ) : isPending ? (
        <div className="px-6 py-4"><Skeleton className="h-24 w-full" /></div>
      ) : data.preorders.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">No title has pre-order terms. Set them on a variant (POST /admin/variants/:id/preorder).</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Release</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Pending</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Allocated</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Shipped</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Cap</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.preorders.map((p) => (
              <Table.Row key={p.variant_id}>
                <Table.Cell><Link to={`/preorders/${p.variant_id}`} className="text-ui-fg-interactive">{p.title}</Link></Table.Cell>
                <Table.Cell>{day(p.release_date)}</Table.Cell>
                <Table.Cell><Badge color={p.status === "open" ? "green" : "grey"}>{p.status}</Badge></Table.Cell>
                <Table.Cell className="text-right">{p.lines.pending}</Table.Cell>
                <Table.Cell className="text-right">{p.lines.allocated}</Table.Cell>
                <Table.Cell className="text-right">{p.lines.shipped}</Table.Cell>
                <Table.Cell className="text-right">{p.cap === null ? "—" : `${p.claimed_quantity} / ${p.cap}`}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Pre-orders", icon: Clock })
export default PreordersPage
