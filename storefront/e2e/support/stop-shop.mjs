// Stops the shop the way a person does (SIGTERM = Ctrl-C) and removes its data.
import fs from "node:fs"

export default async function stopShop() {
  const started = globalThis.__BOOKSHOP_E2E__
  if (!started) return
  const { child, dataDir } = started
  if (child.exitCode === null && child.signalCode === null) {
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL")
        resolve()
      }, 30_000)
      child.once("exit", () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill("SIGTERM")
    })
  }
  if (!process.env.E2E_KEEP_DATA) fs.rmSync(dataDir, { recursive: true, force: true })
}
