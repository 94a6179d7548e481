import { useEffect, useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProductVariant, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Badge, Button, Container, Heading, Input, Skeleton, Text, toast, usePrompt } from "@medusajs/ui"
import { FormField } from "../components/form-field"
import { errorMessage } from "../lib/api-error"
import { localDay, parsePreorderForm, preorderFormValues, type PreorderFormErrors, type PreorderFormValues } from "../lib/preorder-form"
import { usePreorderTerms, useVariantPreorder } from "../lib/stock-queries"

/**
 * "Pre-orders" on the variant page: open pre-orders (release date, optional cap), move the
 * date or cap, close them; links to the title's pre-order lines and to its stock (goods-in,
 * adjustments, movements). Moving the date e-mails readers with pending pre-orders.
 */
const VariantPreorderTermsWidget = ({ data: variant }: DetailWidgetProps<AdminProductVariant>) => {
  const { data, isPending, isError, error, refetch } = useVariantPreorder(variant.id)
  const { save, close } = usePreorderTerms(variant.id)
  const prompt = usePrompt()
  const terms = data?.preorder ?? null
  const open = terms?.status === "open"
  const [values, setValues] = useState<PreorderFormValues>(preorderFormValues(null))
  const [errors, setErrors] = useState<PreorderFormErrors>({})

  useEffect(() => {
    setValues(preorderFormValues(open && terms ? terms : null))
    setErrors({})
  }, [open, terms?.release_date, terms?.cap])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parsePreorderForm(values, { today: localDay(new Date()), opening: !open, claimed: open ? (terms?.claimed_quantity ?? 0) : 0 })
    if (!parsed.ok) return setErrors(parsed.errors)
    setErrors({})
    save.mutate(parsed.body, {
      onSuccess: () => toast.success(open ? "Pre-order terms saved" : "Pre-orders are open"),
    })
  }

  const closeTerms = async () => {
    const confirmed = await prompt({
      title: "Close pre-orders?",
      description: "Readers can no longer pre-order this format. Pre-orders already taken stay and are allocated when stock arrives.",
      confirmText: "Close pre-orders",
      cancelText: "Keep open",
    })
    if (confirmed) close.mutate(undefined, { onSuccess: () => toast.success("Pre-orders closed") })
  }

  const failure = save.error ?? close.error
  return (
    <Container className="divide-y p-0" role="region" aria-labelledby="variant-preorder-heading">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2" id="variant-preorder-heading">Pre-orders</Heading>
        {terms && <Badge color={open ? "green" : "grey"}>{open ? "Open" : "Closed"}</Badge>}
      </div>
      {isPending ? (
        <div className="px-6 py-4" aria-busy="true" aria-label="Loading pre-order terms"><Skeleton className="h-16 w-full" /></div>
      ) : isError ? (
        <div className="px-6 py-4">
          <Alert variant="error" role="alert">
            <Text size="small">Could not load the pre-order terms: {errorMessage(error)}</Text>
            <Button size="small" variant="secondary" className="mt-2" onClick={() => void refetch()}>Try again</Button>
          </Alert>
        </div>
      ) : !variant.manage_inventory ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          This format is not stock-tracked (an ebook, for instance), so it cannot be sold as a pre-order.
        </Text>
      ) : (
        <form className="flex flex-col gap-y-4 px-6 py-4" onSubmit={submit} noValidate>
          <Text size="small" className="text-ui-fg-subtle">
            {terms
              ? `${terms.claimed_quantity} pre-ordered · ${terms.lines.pending} waiting for stock · ${terms.lines.allocated} allocated · ${terms.lines.shipped} shipped`
              : "Not on pre-order. Open pre-orders to sell this format before its copies arrive; the storefront then shows “Pre-order — ships on” with the release date."}
          </Text>
          <div className="grid grid-cols-2 gap-4">
            <FormField label="Release date" hint={open ? "Moving it e-mails readers who are waiting" : "The day copies ship"} error={errors.releaseDate}>
              <Input type="date" value={values.releaseDate} onChange={(e) => setValues({ ...values, releaseDate: e.target.value })} />
            </FormField>
            <FormField label="Cap" optional hint="Most copies to take as pre-orders" error={errors.cap}>
              <Input type="number" min={1} inputMode="numeric" value={values.cap} onChange={(e) => setValues({ ...values, cap: e.target.value })} />
            </FormField>
          </div>
          {failure && <Alert variant="error" role="alert">{errorMessage(failure)}</Alert>}
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" size="small" isLoading={save.isPending}>{open ? "Save" : terms ? "Reopen pre-orders" : "Open pre-orders"}</Button>
            {open && (
              <Button type="button" size="small" variant="secondary" isLoading={close.isPending} onClick={() => void closeTerms()}>Close pre-orders</Button>
            )}
            {terms && <Link className="txt-small text-ui-fg-interactive" to={`/preorders/${variant.id}`}>Pre-order lines and launch curve</Link>}
            <Link className="txt-small text-ui-fg-interactive" to={`/stock/${variant.id}`}>Stock: goods-in, adjustments, movements</Link>
          </div>
        </form>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product_variant.details.after" })
export default VariantPreorderTermsWidget
