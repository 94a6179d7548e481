import { useState, type FormEvent } from "react"
import { useParams } from "react-router-dom"
import { Alert, Button, Container, Heading, Hint, Input, Label, Select, Skeleton, Table, Text } from "@medusajs/ui"
import { FormField } from "../../../components/form-field"
import { errorMessage } from "../../../lib/api-error"
import { parseStockForm, type StockFormErrors } from "../../../lib/stock-form"
import { useChangeStock, useLocations, useMovements, type StockChange } from "../../../lib/stock-queries"
import { StockLevels } from "../stock-levels"

/** One format's stock: goods-in / adjustment form and its audit trail (who, when, what, why). */
const VariantStockPage = () => {
  const variantId = useParams().variant_id as string
  const movements = useMovements(variantId)
  const locations = useLocations()
  const change = useChangeStock(variantId)
  const [kind, setKind] = useState<StockChange["kind"]>("goods_in")
  const [locationId, setLocationId] = useState("")
  const [quantity, setQuantity] = useState("")
  const [note, setNote] = useState("")
  const [errors, setErrors] = useState<StockFormErrors>({})

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = parseStockForm({ kind, locationId, quantity, note })
    if (!parsed.ok) return setErrors(parsed.errors)
    setErrors({})
    change.mutate(parsed.body, { onSuccess: () => { setQuantity(""); setNote("") } })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container>
        {movements.isError ? (
          <Alert variant="error" role="alert">{errorMessage(movements.error)}</Alert>
        ) : movements.isPending ? (
          <div aria-busy="true" aria-label="Loading stock"><Skeleton className="h-24 w-full" /></div>
        ) : (
          <StockLevels stock={movements.data.stock} />
        )}
      </Container>
      <Container>
        <Heading level="h2">Stock movements</Heading>
        <form onSubmit={submit} noValidate className="mt-4 grid grid-cols-2 gap-4" aria-label="Receive or adjust stock">
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="stock-kind" size="small" weight="plus">Movement</Label>
            <Select value={kind} onValueChange={(v) => setKind(v as StockChange["kind"])}>
              <Select.Trigger id="stock-kind"><Select.Value /></Select.Trigger>
              <Select.Content>
                <Select.Item value="goods_in">Goods-in (receive)</Select.Item>
                <Select.Item value="adjustment">Adjustment (±)</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="stock-location" size="small" weight="plus">Location</Label>
            <Select value={locationId} onValueChange={setLocationId}>
              <Select.Trigger id="stock-location" aria-invalid={errors.locationId ? true : undefined} aria-describedby={errors.locationId ? "stock-location-error" : undefined}>
                <Select.Value placeholder="Choose a location" />
              </Select.Trigger>
              <Select.Content>
                {(locations.data?.stock_locations ?? []).map((l) => <Select.Item key={l.id} value={l.id}>{l.name}</Select.Item>)}
              </Select.Content>
            </Select>
            {errors.locationId && <Hint id="stock-location-error" variant="error">{errors.locationId}</Hint>}
          </div>
          <FormField label={kind === "goods_in" ? "Copies received" : "Change (negative to write off)"} error={errors.quantity}>
            <Input type="number" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
          </FormField>
          <FormField label={kind === "goods_in" ? "Reference (delivery note)" : "Reason"} error={errors.note}>
            <Input value={note} onChange={(e) => setNote(e.target.value)} />
          </FormField>
          <div className="col-span-2 flex items-center gap-x-3">
            <Button type="submit" size="small" isLoading={change.isPending}>Save movement</Button>
            {change.isError && <Alert variant="error" role="alert">{errorMessage(change.error)}</Alert>}
            {change.isSuccess && <Text size="small" role="status">Saved.</Text>}
          </div>
        </form>
      </Container>
      <Container className="p-0">
        {movements.isError ? (
          <div className="px-6 py-4"><Alert variant="error">{errorMessage(movements.error)}</Alert></div>
        ) : movements.isPending ? (
          <div className="px-6 py-4"><Skeleton className="h-24 w-full" /></div>
        ) : movements.data.movements.length === 0 ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">No movements recorded yet.</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Who</Table.HeaderCell>
                <Table.HeaderCell>What</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
                <Table.HeaderCell>Why</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {movements.data.movements.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{new Date(m.created_at).toLocaleString()}</Table.Cell>
                  <Table.Cell>{m.actor_email ?? "—"}</Table.Cell>
                  <Table.Cell>{m.kind === "goods_in" ? "Goods-in" : "Adjustment"}</Table.Cell>
                  <Table.Cell className="text-right">{m.quantity > 0 ? `+${m.quantity}` : m.quantity}</Table.Cell>
                  <Table.Cell>{m.reference ?? m.reason ?? "—"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export default VariantStockPage
