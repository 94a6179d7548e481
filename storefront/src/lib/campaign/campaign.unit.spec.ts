import { describe, expect, it } from "@jest/globals"
import type { Format } from "../catalogue/book"
import {
  activeCampaign,
  campaignNotice,
  followedCampaignLink,
  formatToAdd,
  goDestination,
  inCampaignOrder,
  isPlausibleSlug,
  reshapeCampaign,
  type RawCampaign,
} from "./campaign"

const raw: RawCampaign = {
  id: "camp_1",
  title: "#LeninLives",
  slug: "lenin-lives",
  summary: "A century on",
  hero_image_url: null,
  starts_at: "2026-01-21T00:00:00.000Z",
  ends_at: "2027-01-21T00:00:00.000Z",
  state: "live",
  discount_percent: 20,
  product_ids: ["p2", "p1"],
  body_html: "<p>Hi</p>",
}

const format = (name: string, kind: Format["kind"]): Format => ({
  id: `v_${name}`,
  name,
  kind,
  pages: null,
  isbn: null,
  price: null,
  availability: "in_stock",
})

describe("campaign pages", () => {
  it("says how much is off and until when while live, in the reader's date format", () => {
    const campaign = reshapeCampaign(raw)
    expect(campaignNotice(campaign, "gb")).toBe("20% off the featured titles until 21 January 2027, applied in your cart.")
    expect(campaignNotice(campaign, "us")).toContain("January 21, 2027")
  })

  it("says an ended campaign has ended and offers no discount", () => {
    const ended = reshapeCampaign({ ...raw, state: "ended" })
    expect(ended.discountPercent).toBeNull()
    expect(campaignNotice(ended, "gb")).toBe("This campaign ended on 21 January 2027. Its books are still available at their usual prices.")
  })

  it("keeps the featured titles in the order staff chose", () => {
    expect(inCampaignOrder(["p2", "p1", "gone"], [{ id: "p1" }, { id: "p2" }])).toEqual([{ id: "p2" }, { id: "p1" }])
  })

  it("features the first live campaign on the home page, none when all have ended", () => {
    const ended = reshapeCampaign({ ...raw, slug: "old", state: "ended" })
    expect(activeCampaign([ended, reshapeCampaign(raw)])?.slug).toBe("lenin-lives")
    expect(activeCampaign([ended])).toBeNull()
  })
})

describe("campaign links", () => {
  const formats = [format("Paperback", "paperback"), format("Hardback", "hardback")]

  it("finds the format named in ?add= whatever its case", () => {
    expect(formatToAdd(formats, "hardback")?.id).toBe("v_Hardback")
    expect(formatToAdd(formats, "Paperback")?.id).toBe("v_Paperback")
    expect(formatToAdd(formats, "ebook")).toBeNull()
    expect(formatToAdd(formats, null)).toBeNull()
  })

  it("sends the reader to the campaign, the book or the cart in their country", () => {
    expect(goDestination({ countryCode: "us", slug: "lenin-lives" })).toBe("/us/campaigns/lenin-lives")
    expect(goDestination({ countryCode: "gb", slug: "lenin-lives", bookHandle: "bolshevism" })).toBe("/gb/books/bolshevism")
    expect(goDestination({ countryCode: "gb", slug: "lenin-lives", bookHandle: "bolshevism", added: true })).toBe("/gb/cart")
  })

  it("refuses path segments that cannot be slugs before asking the backend", () => {
    expect(isPlausibleSlug("lenin-lives")).toBe(true)
    expect(isPlausibleSlug("..%2Fadmin")).toBe(false)
    expect(isPlausibleSlug("Lenin")).toBe(false)
  })
})

describe("followedCampaignLink", () => {
  it("is true only for a cart whose metadata records a campaign touch", () => {
    expect(followedCampaignLink({ campaign_attribution: { first: { slug: "a" }, last: { slug: "a" } } })).toBe(true)
    expect(followedCampaignLink({ campaign_attribution: null })).toBe(false)
    expect(followedCampaignLink({ other: 1 })).toBe(false)
    expect(followedCampaignLink(null)).toBe(false)
  })
})
