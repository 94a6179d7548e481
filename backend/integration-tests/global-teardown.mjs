import fs from "node:fs"

export default async function globalTeardown() {
  const dataDir = globalThis.__BOOKSHOP_TEST_DATA__
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  const started = globalThis.__BOOKSHOP_TEST_PG__
  if (!started) return
  await started.cluster.stop()
  fs.rmSync(started.dir, { recursive: true, force: true })
}
