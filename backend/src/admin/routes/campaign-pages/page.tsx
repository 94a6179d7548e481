import { Link } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Hashtag, Plus } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/api-error"
import { useCampaigns } from "../../lib/campaign-queries"

const stateColor = { live: "green", scheduled: "blue", draft: "grey", ended: "orange" } as const

/** Campaign pages: every campaign with what readers see now, its dates and discount. */
const CampaignPagesPage = () => {
  const { data, isPending, isError, error } = useCampaigns()
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Campaign pages</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Pages with featured titles, an optional discount while live, article links and a sales report.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/campaign-pages/new">
            <Plus />
            Create
          </Link>
        </Button>
      </div>
      {isError ? (
        <div className="px-6 py-4">
          <Alert variant="error">{errorMessage(error)}</Alert>
        </div>
      ) : isPending ? (
        <div className="px-6 py-4" aria-busy="true">
          <Skeleton className="h-8 w-full" />
        </div>
      ) : data.campaigns.length === 0 ? (
        <Text className="px-6 py-4">No campaigns yet.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Readers see</Table.HeaderCell>
              <Table.HeaderCell>Dates</Table.HeaderCell>
              <Table.HeaderCell>Discount</Table.HeaderCell>
              <Table.HeaderCell>Link</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.campaigns.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>
                  <Link to={`/campaign-pages/${c.id}`} className="text-ui-fg-interactive">
                    {c.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={stateColor[c.state]}>
                    {c.state}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {new Date(c.starts_at).toLocaleDateString()} – {new Date(c.ends_at).toLocaleDateString()}
                </Table.Cell>
                <Table.Cell>{c.discount_percent !== null ? `${c.discount_percent}% (${c.promotion_code})` : "—"}</Table.Cell>
                <Table.Cell>
                  <code>/go/{c.slug}</code>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Campaign pages", icon: Hashtag })

export default CampaignPagesPage
