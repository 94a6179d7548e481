import fs from "node:fs"
import path from "node:path"

/**
 * Medusa's CLI keeps its own settings in `$XDG_CONFIG_HOME/medusa/config.json`. On first use it
 * prints an "anonymous usage analytics" notice and records `telemetry.enabled: true` there, even
 * with MEDUSA_DISABLE_TELEMETRY set (which only stops events from being queued). Writing
 * `enabled: false` first keeps the notice away and the setting honest.
 */
export function disableMedusaTelemetry(configHome: string): void {
  const file = path.join(configHome, "medusa", "config.json")
  let settings: Record<string, unknown> = {}
  try {
    settings = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>
  } catch {
    // missing or unreadable: start afresh
  }
  const telemetry = (settings.telemetry ?? {}) as Record<string, unknown>
  if (telemetry.enabled === false) return
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  fs.writeFileSync(file, JSON.stringify({ ...settings, telemetry: { ...telemetry, enabled: false } }, null, 2), { mode: 0o600 })
}
