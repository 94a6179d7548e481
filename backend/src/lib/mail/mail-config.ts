import os from "node:os"
import path from "node:path"

/**
 * How the shop sends e-mail, from the environment (pure; ARCHITECTURE §3):
 * `SMTP_URL` set → SMTP through nodemailer; otherwise the dev mailbox, which keeps every
 * message as a file under `$BOOKSHOP_DATA_DIR/mail` and shows it on the admin's Mailbox page.
 */
export type MailConfig =
  | { transport: "smtp"; smtpUrl: string; from: string }
  | { transport: "mailbox"; directory: string; from: string }

export const DEFAULT_MAIL_FROM = "Wellred Books <orders@localhost>"

type Env = Record<string, string | undefined>

export class MailConfigError extends Error {
  override name = "MailConfigError"
}

/**
 * The repository root as seen from the backend's working directory: `backend/` when run with
 * `medusa develop` or jest, `backend/.medusa/server` when run from the build (`medusa start`).
 */
function repoRootFrom(cwd: string): string {
  const normalised = path.resolve(cwd)
  const build = path.join("backend", ".medusa", "server")
  if (normalised.endsWith(path.sep + build)) return path.resolve(normalised, "..", "..", "..")
  if (path.basename(normalised) === "backend") return path.dirname(normalised)
  return normalised
}

/**
 * Where the dev mailbox lives: `$BOOKSHOP_DATA_DIR/mail` (npm start always sets it), else the
 * repository's `.data/mail` like the start script's default. Test processes without a data dir
 * write to the temp dir, never into a developer's real mailbox.
 */
export function mailboxDirectory(env: Env, cwd: string): string {
  if (env.BOOKSHOP_DATA_DIR) return path.resolve(cwd, env.BOOKSHOP_DATA_DIR, "mail")
  if (env.NODE_ENV === "test") return path.join(os.tmpdir(), "bookshop-test-mail")
  return path.join(repoRootFrom(cwd), ".data", "mail")
}

export function readMailConfig(env: Env, cwd: string = process.cwd()): MailConfig {
  const from = env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM
  const smtpUrl = env.SMTP_URL?.trim()
  if (smtpUrl) {
    let protocol: string
    try {
      protocol = new URL(smtpUrl).protocol
    } catch {
      throw new MailConfigError(
        `SMTP_URL must be a URL such as smtps://user:password@smtp.example.com:465, got something that is not a URL.`
      )
    }
    if (protocol !== "smtp:" && protocol !== "smtps:") {
      throw new MailConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${protocol}//…".`)
    }
    return { transport: "smtp", smtpUrl, from }
  }
  return { transport: "mailbox", directory: mailboxDirectory(env, cwd), from }
}
