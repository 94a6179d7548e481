import { campaignCodeForCart, discountAppliesTo, discountedAmount, offersDiscountAt, promotionCode, promotionPlan } from "../promotion"

const campaign = {
  slug: "lenin-lives",
  status: "live" as const,
  starts_at: "2026-01-01T00:00:00Z",
  ends_at: "2027-01-01T00:00:00Z",
  discount_percent: 20,
  product_ids: ["prod_lenin", "prod_trotsky"],
}
const during = new Date("2026-06-01T00:00:00Z")

describe("campaign promotion eligibility", () => {
  it("discounts a featured title while the campaign is live", () => {
    expect(discountAppliesTo(campaign, "prod_lenin", during)).toBe(true)
  })

  it("never discounts a title the campaign does not feature", () => {
    expect(discountAppliesTo(campaign, "prod_other", during)).toBe(false)
  })

  it("gives no discount before the start, after the end, once ended or as a draft", () => {
    expect(offersDiscountAt(campaign, new Date("2025-12-31T00:00:00Z"))).toBe(false)
    expect(offersDiscountAt(campaign, new Date("2027-01-01T00:00:00Z"))).toBe(false)
    expect(offersDiscountAt({ ...campaign, status: "ended" }, during)).toBe(false)
    expect(offersDiscountAt({ ...campaign, status: "draft" }, during)).toBe(false)
  })

  it("gives no discount when the campaign has no promotion", () => {
    expect(offersDiscountAt({ ...campaign, discount_percent: null }, during)).toBe(false)
  })

  it("keeps the Medusa promotion active only while staff have the campaign live", () => {
    expect(promotionPlan(campaign)).toMatchObject({
      code: "CAMPAIGN-LENIN-LIVES",
      status: "active",
      value: 20,
      product_ids: ["prod_lenin", "prod_trotsky"],
    })
    expect(promotionPlan({ ...campaign, status: "ended" }).status).toBe("inactive")
    expect(promotionPlan({ ...campaign, status: "draft" }).status).toBe("inactive")
    expect(promotionPlan({ ...campaign, discount_percent: null }).status).toBe("inactive")
    expect(promotionCode("year-end")).toBe("CAMPAIGN-YEAR-END")
  })

  it("shows the discounted price rounded to pence", () => {
    expect(discountedAmount(19.99, 20)).toBe(15.99)
    expect(discountedAmount(29.99, 20)).toBe(23.99)
    expect(discountedAmount(10, 25)).toBe(7.5)
  })
})

describe("campaignCodeForCart", () => {
  const none = new Set<string>()
  it("puts the live campaign's code on a cart that now holds a featured title", () => {
    expect(campaignCodeForCart({ campaign, at: during, heldCodes: none, cartProductIds: ["prod_other", "prod_lenin"] })).toBe("CAMPAIGN-LENIN-LIVES")
  })

  it("adds nothing when the cart already holds the code, has no featured title, or there is no campaign", () => {
    expect(campaignCodeForCart({ campaign, at: during, heldCodes: new Set(["CAMPAIGN-LENIN-LIVES"]), cartProductIds: ["prod_lenin"] })).toBeNull()
    expect(campaignCodeForCart({ campaign, at: during, heldCodes: none, cartProductIds: ["prod_other"] })).toBeNull()
    expect(campaignCodeForCart({ campaign: null, at: during, heldCodes: none, cartProductIds: ["prod_lenin"] })).toBeNull()
  })

  it("adds nothing once the campaign has ended or offers no discount", () => {
    expect(campaignCodeForCart({ campaign: { ...campaign, status: "ended" }, at: during, heldCodes: none, cartProductIds: ["prod_lenin"] })).toBeNull()
    expect(campaignCodeForCart({ campaign, at: new Date("2027-02-01T00:00:00Z"), heldCodes: none, cartProductIds: ["prod_lenin"] })).toBeNull()
    expect(campaignCodeForCart({ campaign: { ...campaign, discount_percent: null }, at: during, heldCodes: none, cartProductIds: ["prod_lenin"] })).toBeNull()
  })
})
