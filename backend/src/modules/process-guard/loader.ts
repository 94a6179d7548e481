import type { LoaderOptions } from "@medusajs/framework/types"
import { acquireSingleProcessLock } from "./single-process-lock"

export type ProcessGuardOptions = { databaseUrl?: string }

/** Only serving processes (`medusa start` / `medusa develop`) need to be alone. */
export function isServingProcess(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === "start" || arg === "develop")
}

export default async function processGuardLoader({ options }: LoaderOptions<ProcessGuardOptions>) {
  if (!options?.databaseUrl || !isServingProcess(process.argv)) return
  // Held until the process exits; the connection closing releases the lock.
  await acquireSingleProcessLock(options.databaseUrl)
}
