import { bodyFromForm, chartLines, emptyForm, formFromCampaign, formProblems, moveTitle, slugFromTitle, type AdminCampaign } from "./campaign-form"

const titles = [
  { product_id: "p1", title: "One" },
  { product_id: "p2", title: "Two" },
  { product_id: "p3", title: "Three" },
]

describe("campaign form", () => {
  it("names what is missing or wrong before sending", () => {
    const form = { ...emptyForm(new Date("2026-01-01T10:00:00")), slug: "Bad Slug", ends_at: "2025-12-01T10:00", discount_enabled: true, discount_percent: "150" }
    expect(formProblems(form)).toEqual({
      title: "Give the campaign a title.",
      slug: expect.stringMatching(/lower-case/),
      ends_at: "The end must be after the start.",
      discount_percent: "Enter a whole percentage from 1 to 90.",
      titles: "A discount needs at least one featured title.",
    })
  })

  it("sends the featured titles in order and no discount when the toggle is off", () => {
    const form = { ...emptyForm(), title: " #LeninLives ", slug: "lenin-lives", titles, discount_enabled: false }
    const body = bodyFromForm(form)
    expect(body).toMatchObject({ title: "#LeninLives", slug: "lenin-lives", discount_percent: null, product_ids: ["p1", "p2", "p3"], summary: null })
    expect(bodyFromForm({ ...form, discount_enabled: true, discount_percent: "20" }).discount_percent).toBe(20)
  })

  it("reorders featured titles and ignores moves past either end", () => {
    expect(moveTitle(titles, 2, -1).map((t) => t.product_id)).toEqual(["p1", "p3", "p2"])
    expect(moveTitle(titles, 0, -1)).toBe(titles)
    expect(moveTitle(titles, 2, 1)).toBe(titles)
  })

  it("fills the form from a stored campaign, titles by position", () => {
    const stored: AdminCampaign = {
      id: "c",
      title: "T",
      slug: "t",
      summary: null,
      body: "",
      hero_image_url: null,
      starts_at: "2026-01-01T00:00:00Z",
      ends_at: "2026-02-01T00:00:00Z",
      status: "live",
      state: "live",
      discount_percent: 20,
      promotion_code: "CAMPAIGN-T",
      titles: [
        { product_id: "p2", position: 1, product: { title: "Two" } },
        { product_id: "p1", position: 0, product: null },
      ],
    }
    const form = formFromCampaign(stored)
    expect(form.titles).toEqual([{ product_id: "p1", title: "p1" }, { product_id: "p2", title: "Two" }])
    expect(form).toMatchObject({ discount_enabled: true, discount_percent: "20", status: "live" })
  })

  it("suggests a slug from the title", () => {
    expect(slugFromTitle("#LeninLives: 100 Years")).toBe("leninlives-100-years")
  })

  it("draws clicks and orders on one scale", () => {
    const lines = chartLines(
      [
        { date: "2026-01-01", clicks: 4, orders: 0 },
        { date: "2026-01-02", clicks: 2, orders: 1 },
      ],
      100,
      40
    )
    expect(lines).toEqual({ max: 4, clicks: "0.0,0.0 100.0,20.0", orders: "0.0,40.0 100.0,30.0" })
  })
})
