import { useState } from "react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { PencilSquare, Plus } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { BookDetailsDrawer } from "../components/book-details/book-details-drawer"
import { BookSummary } from "../components/book-details/book-summary"
import { useProductBook } from "../lib/book-queries"
import { errorMessage } from "../lib/api-error"

/** "Book details" on the product page: subtitle, dates, status, contributors, formats; editable. */
const ProductBookDetailsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [editing, setEditing] = useState(false)
  const { data, isPending, isError, error, refetch } = useProductBook(product.id)
  const book = data?.book ?? null

  return (
    <Container className="divide-y p-0" aria-labelledby="book-details-heading" role="region">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2" id="book-details-heading">
          Book details
        </Heading>
        {book && (
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            <PencilSquare />
            Edit
          </Button>
        )}
      </div>

      {isPending ? (
        <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true" aria-label="Loading book details">
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/3" />
        </div>
      ) : isError ? (
        <div className="px-6 py-4">
          <Alert variant="error" role="alert">
            <Text size="small">Could not load the book details: {errorMessage(error)}</Text>
            <Button size="small" variant="secondary" className="mt-2" onClick={() => void refetch()}>
              Try again
            </Button>
          </Alert>
        </div>
      ) : book ? (
        <BookSummary book={book} />
      ) : (
        <div className="flex flex-col items-start gap-y-3 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            This product has no book details yet: no contributors, publication date or formats.
          </Text>
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            <Plus />
            Add book details
          </Button>
        </div>
      )}

      <BookDetailsDrawer
        productId={product.id}
        productTitle={product.title}
        book={book}
        open={editing}
        onOpenChange={setEditing}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductBookDetailsWidget
