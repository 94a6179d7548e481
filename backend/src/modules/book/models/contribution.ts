import { model } from "@medusajs/framework/utils"
import { CONTRIBUTOR_ROLES } from "../constants"
import { Book } from "./book"
import { Contributor } from "./contributor"

/** One credit on a book: who, in which role, and where in the list of contributors. */
export const Contribution = model
  .define("contribution", {
    id: model.id({ prefix: "contribn" }).primaryKey(),
    role: model.enum([...CONTRIBUTOR_ROLES]),
    position: model.number(),
    book: model.belongsTo(() => Book, { mappedBy: "contributions" }),
    contributor: model.belongsTo(() => Contributor, { mappedBy: "contributions" }),
  })
  .indexes([
    {
      name: "IDX_contribution_book_contributor_role",
      on: ["book_id", "contributor_id", "role"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
