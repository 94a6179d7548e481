/**
 * `npm run bench`: starts the shop as `npm start` does (or uses BENCH_BACKEND_URL and
 * BENCH_STOREFRONT_URL), measures store API and storefront latency and process memory,
 * and writes bench/results/latest.json and bench/results/latest.md.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { repoRoot } from "./lib/paths.ts"
import { startIsolatedShop, type IsolatedShop } from "./lib/isolated-shop.ts"
import { groupRssMiB, timeRequests, type LatencyStats } from "./lib/measure.ts"

type Row = { name: string; stats: LatencyStats }
const COUNT = Number(process.env.BENCH_REQUESTS || 100)

async function main() {
  let shop: IsolatedShop | undefined
  const startedAt = Date.now()
  let backendUrl = process.env.BENCH_BACKEND_URL
  let storefrontUrl = process.env.BENCH_STOREFRONT_URL
  if (!backendUrl || !storefrontUrl) {
    console.log("Starting the shop (as npm start does)…")
    shop = await startIsolatedShop({ onProgress: (line) => console.log(`  ${line}`) })
    backendUrl = shop.backendUrl
    storefrontUrl = shop.storefrontUrl
  }
  const startSeconds = (Date.now() - startedAt) / 1000
  try {
    const key = ((await (await fetch(`${backendUrl}/storefront/publishable-key`)).json()) as { publishable_key: string }).publishable_key
    const headers = { "x-publishable-api-key": key }
    const regions = ((await (await fetch(`${backendUrl}/store/regions`, { headers })).json()) as { regions: { id: string; currency_code: string }[] }).regions
    const gb = regions.find((r) => r.currency_code === "gbp")
    if (!gb) throw new Error("no GBP region: is the shop seeded?")
    const handle = process.env.BENCH_BOOK_HANDLE || "reason-in-revolt"
    if (!handle) throw new Error("no products")

    const rows: Row[] = []
    const measure = async (name: string, url: string, init: RequestInit = {}) => {
      process.stdout.write(`  ${name}… `)
      const stats = await timeRequests(url, init, { count: COUNT })
      rows.push({ name, stats })
      console.log(`p50 ${stats.p50} ms, p95 ${stats.p95} ms`)
    }
    console.log(`Measuring (${COUNT} sequential requests each, after 5 warm-up requests):`)
    await measure("store API: one book with regional prices", `${backendUrl}/store/products?handle=${handle}&region_id=${gb.id}&fields=*variants.calculated_price,+variants.inventory_quantity`, { headers })
    await measure(
      "store API: one book with contributors, details and formats",
      `${backendUrl}/store/products?handle=${handle}&region_id=${gb.id}&fields=*variants.calculated_price,*book,*book.contributions,*book.contributions.contributor,*variants.book_format`,
      { headers }
    )
    await measure("store API: contributor with their books", `${backendUrl}/store/contributors/alan-woods`, { headers })
    await measure("store API: listing of 24 with prices", `${backendUrl}/store/products?limit=24&region_id=${gb.id}&fields=*variants.calculated_price`, { headers })
    await measure("storefront: home page /gb", `${storefrontUrl}/gb`)
    await measure("storefront: book page", `${storefrontUrl}/gb/books/${handle}`)
    await measure("storefront: author page", `${storefrontUrl}/gb/authors/alan-woods`)

    const memory: Record<string, number> = {}
    if (shop) {
      const lock = JSON.parse(fs.readFileSync(path.join(shop.dataDir, "run.lock"), "utf8")) as { children: { name: string; pid: number }[] }
      for (const child of lock.children) memory[`${child.name} RSS (MiB)`] = groupRssMiB(child.pid)
    }

    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      startSeconds: shop ? Math.round(startSeconds * 10) / 10 : undefined,
      latencyMs: Object.fromEntries(rows.map((row) => [row.name, row.stats])),
      memory,
    }
    const dir = path.join(repoRoot, "bench", "results")
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, "latest.json"), JSON.stringify(result, null, 2) + "\n")
    const md = [
      `# Benchmark ${result.date}`,
      "",
      `${result.machine.cpus} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}; load generator on the same machine; one connection, sequential.`,
      "",
      "| Request | n | p50 ms | p95 ms | mean ms | max ms |",
      "|---|---|---|---|---|---|",
      ...rows.map((r) => `| ${r.name} | ${r.stats.requests} | ${r.stats.p50} | ${r.stats.p95} | ${r.stats.mean} | ${r.stats.max} |`),
      "",
      ...Object.entries(memory).map(([k, v]) => `- ${k}: ${v}`),
      ...(result.startSeconds ? [`- start to ready (incl. any build): ${result.startSeconds} s`] : []),
      "",
    ].join("\n")
    fs.writeFileSync(path.join(dir, "latest.md"), md)
    console.log(`\n${md}\nWritten to bench/results/latest.json and latest.md`)
  } finally {
    await shop?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
