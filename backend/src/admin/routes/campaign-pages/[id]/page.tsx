import { useNavigate, useParams } from "react-router-dom"
import { Alert, Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { errorMessage } from "../../../lib/api-error"
import { bodyFromForm, emptyForm, formFromCampaign } from "../../../lib/campaign-form"
import { useCampaign, useDeleteCampaign, useSaveCampaign } from "../../../lib/campaign-queries"
import { CampaignForm } from "../campaign-form"
import { ReportView } from "../report-view"

/** Create (/campaign-pages/new) or edit a campaign, with its report and article links. */
const CampaignPage = () => {
  const { id: param } = useParams()
  const id = param && param !== "new" ? param : undefined
  const navigate = useNavigate()
  const { data, isPending, isError, error } = useCampaign(id)
  const save = useSaveCampaign(id)
  const remove = useDeleteCampaign(id ?? "")

  if (id && isError) return <Alert variant="error">{errorMessage(error)}</Alert>
  if (id && isPending) return <Skeleton className="h-64 w-full" />
  const campaign = data?.campaign

  return (
    <div className="flex flex-col gap-y-4">
      <Container className="flex flex-col gap-y-4">
        <div className="flex items-center justify-between">
          <Heading level="h1">{campaign ? campaign.title : "New campaign"}</Heading>
          {campaign ? (
            <Button
              variant="danger"
              size="small"
              isLoading={remove.isPending}
              onClick={() => {
                if (!window.confirm(`Delete “${campaign.title}”? Its discount stops; its report stays in the order history.`)) return
                remove.mutate(undefined, {
                  onSuccess: () => navigate("/campaign-pages"),
                  onError: (e) => toast.error(errorMessage(e)),
                })
              }}
            >
              Delete
            </Button>
          ) : null}
        </div>
        {campaign ? (
          <Text size="small" className="text-ui-fg-subtle">
            Readers see: <strong>{campaign.state}</strong>. Article links: <code>/go/{campaign.slug}</code>,{" "}
            <code>/go/{campaign.slug}/&lt;book-handle&gt;</code>, <code>/go/{campaign.slug}/&lt;book-handle&gt;?add=paperback</code>
            {campaign.promotion_code ? (
              <>
                . Promotion code: <code>{campaign.promotion_code}</code>
              </>
            ) : null}
          </Text>
        ) : null}
        <CampaignForm
          key={campaign?.id ?? "new"}
          initial={campaign ? formFromCampaign(campaign) : emptyForm()}
          slugTouched={!!campaign}
          saving={save.isPending}
          error={save.error}
          onSave={(form) =>
            save.mutate(bodyFromForm(form), {
              onSuccess: ({ campaign: saved }) => {
                toast.success("Campaign saved")
                if (!id) navigate(`/campaign-pages/${saved.id}`)
              },
            })
          }
        />
      </Container>
      {id ? <ReportView id={id} /> : null}
    </div>
  )
}

export default CampaignPage
