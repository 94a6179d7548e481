import { slugify } from "../../../lib/slug"
import { BOOK_MODULE } from "../../../modules/book"
import type BookModuleService from "../../../modules/book/service"
import { createContributorWorkflow } from "../../../workflows/book/create-contributor"
import { CONTRIBUTORS } from "../contributors"
import { missingBy, progressLine } from "../plan"
import type { SeedContext } from "./context"

const handleOf = (contributor: { name: string }) => slugify(contributor.name)

/**
 * The people credited on the demo titles, by handle (the slug of the name). Existing ones are
 * left as they are, bio included; returns handle → contributor id.
 */
export async function ensureContributors({ container, logger }: SeedContext): Promise<Map<string, string>> {
  const service = container.resolve<BookModuleService>(BOOK_MODULE)
  const handles = CONTRIBUTORS.map(handleOf)
  const existing = await service.listContributors({ handle: handles }, { select: ["id", "handle"] })
  const missing = missingBy(CONTRIBUTORS, existing.map((c) => c.handle), handleOf)

  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  for (const contributor of missing) {
    const { result } = await createContributorWorkflow(container).run({
      input: { name: contributor.name, bio: contributor.bio },
    })
    ids.set(result.handle, result.id)
  }
  logger.info(progressLine("Contributors", CONTRIBUTORS.length, missing.length))
  return ids
}
