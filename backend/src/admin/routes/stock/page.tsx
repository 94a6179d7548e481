import { Link } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Alert, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/api-error"
import { useLowStock } from "../../lib/stock-queries"

/** Low stock: formats at or below their threshold (default 5), fewest copies first. */
const StockPage = () => {
  const { data, isPending, isError, error } = useLowStock()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Low stock</Heading>
        <Text size="small" className="text-ui-fg-subtle">Open a format to receive goods, adjust stock or read its movements.</Text>
      </div>
      {isError ? (
        <div className="px-6 py-4"><Alert variant="error">{errorMessage(error)}</Alert></div>
      ) : isPending ? (
        <div className="px-6 py-4"><Skeleton className="h-24 w-full" /></div>
      ) : data.variants.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">Nothing is low on stock.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>SKU</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Reserved</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Threshold</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.variants.map((v) => (
              <Table.Row key={v.variant_id}>
                <Table.Cell><Link className="text-ui-fg-interactive" to={`/stock/${v.variant_id}`}>{v.title}</Link></Table.Cell>
                <Table.Cell>{v.sku ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">{v.available}</Table.Cell>
                <Table.Cell className="text-right">{v.reserved}</Table.Cell>
                <Table.Cell className="text-right">{v.threshold}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Stock", icon: ArchiveBox })
export default StockPage
