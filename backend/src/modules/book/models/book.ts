import { model } from "@medusajs/framework/utils"
import { DEFAULT_LANGUAGE, PUBLISHING_STATUSES } from "../constants"
import { Contribution } from "./contribution"

/** What Medusa's product lacks for a work: bibliographic details, linked one-to-one to a product. */
export const Book = model
  .define("book", {
    id: model.id({ prefix: "book" }).primaryKey(),
    subtitle: model.text().nullable(),
    publication_date: model.dateTime().nullable(),
    publishing_status: model.enum([...PUBLISHING_STATUSES]).default("active"),
    language: model.text().default(DEFAULT_LANGUAGE),
    edition: model.text().nullable(),
    contributions: model.hasMany(() => Contribution, { mappedBy: "book" }),
  })
  .cascades({ delete: ["contributions"] })
