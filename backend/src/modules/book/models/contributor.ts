import { model } from "@medusajs/framework/utils"
import { Contribution } from "./contribution"

/** A person credited on books: author, editor, translator or writer of an introduction. */
export const Contributor = model
  .define("contributor", {
    id: model.id({ prefix: "contrib" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().unique(),
    bio: model.text().nullable(),
    photo_url: model.text().nullable(),
    contributions: model.hasMany(() => Contribution, { mappedBy: "contributor" }),
  })
