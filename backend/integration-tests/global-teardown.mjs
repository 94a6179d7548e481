import fs from "node:fs"

export default async function globalTeardown() {
  const started = globalThis.__BOOKSHOP_TEST_PG__
  if (!started) return
  await started.cluster.stop()
  fs.rmSync(started.dir, { recursive: true, force: true })
}
