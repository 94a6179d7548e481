/**
 * `npx tsx scripts/db.ts`: start only the embedded PostgreSQL (the one `npm start` uses),
 * print its DATABASE_URL and keep it running until Ctrl-C. Handy for `medusa` CLI work.
 */
import path from "node:path"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.ts"
import { dataDir } from "./lib/paths.ts"
import { UserFacingError } from "./lib/ports.ts"

const dir = dataDir()
const port = Number(process.env.EMBEDDED_PG_PORT || 54329)

try {
  const cluster = await startEmbeddedPostgres({
    dir: path.join(dir, "postgres"),
    port,
    database: process.env.EMBEDDED_PG_DATABASE || "bookshop",
    logFile: path.join(dir, "logs", "postgres.log"),
  })
  console.log(`DATABASE_URL=${cluster.url}`)
  const stop = () => void cluster.stop().then(() => process.exit(0))
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
} catch (error) {
  console.error(error instanceof UserFacingError ? error.message : error)
  process.exit(1)
}
