import { useEffect, useState, type FormEvent } from "react"
import { Alert, Badge, Button, Heading, Input, Table, Text } from "@medusajs/ui"
import { FormField } from "../../components/form-field"
import { errorMessage } from "../../lib/api-error"
import { useSetThreshold, type VariantStock } from "../../lib/stock-queries"

/** A format's stock now, per location, and its low-stock threshold (editable). */
export function StockLevels({ stock }: { stock: VariantStock }) {
  const setThreshold = useSetThreshold(stock.variant_id)
  const [value, setValue] = useState(String(stock.threshold))
  const [error, setError] = useState<string>()
  useEffect(() => setValue(String(stock.threshold)), [stock.threshold])
  const available = stock.levels.reduce((sum, l) => sum + l.available, 0)
  const low = available <= stock.threshold

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const n = Number(value.trim())
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) return setError("The threshold is a whole number, zero or more")
    setError(undefined)
    setThreshold.mutate(n)
  }

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex items-start justify-between">
        <div>
          <Heading level="h1">{stock.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">SKU {stock.sku ?? "—"} · {available} available</Text>
        </div>
        {low && <Badge color="orange">Low stock</Badge>}
      </div>
      {stock.levels.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">This format is not stocked at any location yet.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Location</Table.HeaderCell>
              <Table.HeaderCell className="text-right">In stock</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Reserved</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {stock.levels.map((l) => (
              <Table.Row key={l.location_id}>
                <Table.Cell>{l.location_name}</Table.Cell>
                <Table.Cell className="text-right">{l.stocked}</Table.Cell>
                <Table.Cell className="text-right">{l.reserved}</Table.Cell>
                <Table.Cell className="text-right">{l.available}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <form className="flex max-w-sm flex-col items-start gap-y-3" onSubmit={submit} noValidate aria-label="Low-stock threshold">
        <FormField label="Low-stock threshold" hint="Listed under Low stock at or below this many available" error={error}>
          <Input type="number" min={0} inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} />
        </FormField>
        <Button type="submit" size="small" variant="secondary" isLoading={setThreshold.isPending}>Save threshold</Button>
      </form>
      {setThreshold.isError && <Alert variant="error" role="alert">{errorMessage(setThreshold.error)}</Alert>}
      {setThreshold.isSuccess && <Text size="small" role="status">Threshold saved.</Text>}
    </div>
  )
}
