import { readFileSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import type { OnixImportSummary } from "../../src/workflows/import-onix/run-onix-import"
import { createAdminSession, type AdminRequest } from "../helpers/admin"

jest.setTimeout(180_000)

type Answer = { file?: string; summary?: OnixImportSummary; message?: string; type?: string }
type Api = { post: (url: string, body?: unknown, config?: object) => Promise<{ status: number; data: Answer }> }

const fixture = (name: string): string => readFileSync(path.join(__dirname, "..", "fixtures", "onix", name), "utf8")

/** A browser-like form upload: the file in the field `field`. */
function form(xml: string, name: string, field = "file"): FormData {
  const body = new FormData()
  body.append(field, new Blob([xml], { type: "application/xml" }), name)
  return body
}

async function productCount(container: MedusaContainer): Promise<number> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"] })
  return data.length
}

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = runnerApi as unknown as Api
    let admin: AdminRequest

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      admin = await createAdminSession(runnerApi as never, getContainer(), "onix-upload@bookshop.test")
    })

    it("imports an uploaded file and answers with the summary; the same upload again changes nothing", async () => {
      const first = await api.post("/admin/onix-imports", form(fixture("good-catalogue.xml"), "good-catalogue.xml"), admin)
      expect(first.status).toBe(200)
      expect(first.data.file).toBe("good-catalogue.xml")
      expect(first.data.summary).toMatchObject({ created: 3, updated: 0, unchanged: 0, failed: 0, failures: [] })
      expect(first.data.summary?.results.map((r) => r.title).sort()).toEqual(["China", "Lenin and Trotsky", "The Permanent Revolution"])

      const again = await api.post("/admin/onix-imports", form(fixture("good-catalogue.xml"), "good-catalogue.xml"), admin)
      expect(again.data.summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: 0 })
    })

    it("lists the rejected records with their RecordReference and reason", async () => {
      const { status, data } = await api.post("/admin/onix-imports", form(fixture("bad-records.xml"), "bad-records.xml"), admin)
      expect(status).toBe(200)
      expect(data.summary).toMatchObject({ created: 2, failed: 3 })
      expect(data.summary?.failures.map((f) => `${f.record_references.join(",")}: ${f.reason}`)).toEqual([
        "TEST-BAD-ISBN: invalid ISBN-13 9781999899104 in ProductIdentifier (check digit should be 3)",
        "TEST-BAD-CURRENCY: unknown currency code XYZ in Price (PriceAmount 9.99)",
        "TEST-BAD-TITLE: missing title in TitleDetail (TitleType 01)",
      ])
    })

    it("answers 400 with the parser's message for a malformed file, and writes nothing", async () => {
      const before = await productCount(getContainer())
      const { status, data } = await api.post("/admin/onix-imports", form(fixture("malformed.xml"), "broken.xml"), admin)
      expect(status).toBe(400)
      expect(data.message).toBe(
        "broken.xml: Malformed XML at line 6, column 79: Expected closing tag 'IDValue' (opened in line 6, col 57) instead of closing tag 'ProductIDType'."
      )
      expect(await productCount(getContainer())).toBe(before)
    })

    it("answers 400 when no file is uploaded", async () => {
      const noFileField = await api.post("/admin/onix-imports", form("<x/>", "a.xml", "document"), admin)
      expect(noFileField.status).toBe(400)
      expect(noFileField.data.message).toBe('No file was uploaded: send the ONIX file as multipart/form-data in the field "file".')
      const json = await api.post("/admin/onix-imports", { file: "<ONIXMessage/>" }, admin)
      expect(json.status).toBe(400)
      const notOnix = await api.post("/admin/onix-imports", form("<catalogue/>", "other.xml"), admin)
      expect(notOnix.status).toBe(400)
      expect(notOnix.data.message).toBe("other.xml: Not an ONIX message: the root element is <catalogue>, expected <ONIXMessage>")
    })

    it("refuses requests without an admin session", async () => {
      const { status } = await api.post("/admin/onix-imports", form(fixture("good-catalogue.xml"), "good.xml"), { validateStatus: () => true })
      expect(status).toBe(401)
    })
  },
})
