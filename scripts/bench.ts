/**
 * `npm run bench`: starts the shop as `npm start` does (or uses BENCH_BACKEND_URL and
 * BENCH_STOREFRONT_URL), measures store API and storefront latency and process memory,
 * and writes bench/results/latest.json and bench/results/latest.md.
 *
 * Search: "lenin", the typo "trotksy" and an ISBN through the books index (`POST /store/search`)
 * against Medusa's default `GET /store/products?q=`, with the number of books each finds.
 * `BENCH_TITLES=10000 npm run bench` first imports that many synthetic titles into the
 * throwaway shop through the ONIX import (as `npm run seed:large` does) and reports its time.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { repoRoot } from "./lib/paths.ts"
import { startIsolatedShop, type IsolatedShop } from "./lib/isolated-shop.ts"
import { groupRssMiB, timeRequests, type LatencyStats } from "./lib/measure.ts"
import { isbn13, writeLargeCatalogue } from "./lib/onix-generate.ts"
import { runImportThroughShop } from "./lib/onix-import-runner.ts"

type Row = { name: string; stats: LatencyStats; found?: number }
const COUNT = Number(process.env.BENCH_REQUESTS || 100)
const TITLES = Number(process.env.BENCH_TITLES || 0)
/** Reason in Revolt's paperback in the demo seed. */
const DEMO_ISBN = "9781999990114"

type LargeImport = { titles: number; seconds: number; exitCode: number }

/** Generates and imports `titles` synthetic works into the throwaway shop (the seed:large path). */
async function importLarge(shop: IsolatedShop, titles: number): Promise<LargeImport> {
  const file = path.join(shop.dataDir, "onix", `large-${titles}.xml`)
  console.log(`Importing ${titles} synthetic titles (npm run seed:large path)…`)
  await writeLargeCatalogue(file, titles)
  const started = performance.now()
  const exitCode = await runImportThroughShop(
    { file, json: path.join(shop.dataDir, "onix", `large-${titles}.summary.json`) },
    { ...process.env, BOOKSHOP_DATA_DIR: shop.dataDir, STOREFRONT_URL: shop.storefrontUrl, DATABASE_URL: "" }
  )
  return { titles, seconds: Math.round((performance.now() - started) / 100) / 10, exitCode }
}

const searchBody = (q: string) =>
  JSON.stringify({
    entity: "books",
    fields: ["id", "handle", "title", "subtitle", "authors", "thumbnail", "availability", "price_gbp"],
    filters: { q },
    pagination: { skip: 0, take: 24 },
    search_options: { typo_tolerance: true },
  })

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
  } else if (TITLES > 0) {
    console.warn("BENCH_TITLES is ignored with BENCH_BACKEND_URL: import into that shop with npm run seed:large first.")
  }
  const startSeconds = (Date.now() - startedAt) / 1000
  try {
    const large = shop && TITLES > 0 ? await importLarge(shop, TITLES) : undefined
    if (large) console.log(`  ${large.titles} titles imported in ${large.seconds} s (exit code ${large.exitCode})`)
    const key = ((await (await fetch(`${backendUrl}/storefront/publishable-key`)).json()) as { publishable_key: string }).publishable_key
    const headers = { "x-publishable-api-key": key }
    const regions = ((await (await fetch(`${backendUrl}/store/regions`, { headers })).json()) as { regions: { id: string; currency_code: string }[] }).regions
    const gb = regions.find((r) => r.currency_code === "gbp")
    if (!gb) throw new Error("no GBP region: is the shop seeded?")
    const handle = process.env.BENCH_BOOK_HANDLE || "reason-in-revolt"
    if (!handle) throw new Error("no products")

    const rows: Row[] = []
    const measure = async (name: string, url: string, init: RequestInit = {}, count?: (body: unknown) => number) => {
      process.stdout.write(`  ${name}… `)
      const found = count ? count(await (await fetch(url, init)).json()) : undefined
      const stats = await timeRequests(url, init, { count: COUNT })
      rows.push({ name, stats, ...(found === undefined ? {} : { found }) })
      console.log(`p50 ${stats.p50} ms, p95 ${stats.p95} ms${found === undefined ? "" : `, ${found} found`}`)
    }
    const searchCount = (body: unknown) => (body as { results?: { metadata?: { count?: number } }[] }).results?.[0]?.metadata?.count ?? 0
    const productCount = (body: unknown) => (body as { count?: number }).count ?? 0
    console.log(`Measuring (${COUNT} sequential requests each, after 5 warm-up requests):`)
    await measure("store API: one book with regional prices", `${backendUrl}/store/products?handle=${handle}&region_id=${gb.id}&fields=*variants.calculated_price,+variants.inventory_quantity`, { headers })
    await measure(
      "store API: one book with contributors, details and formats",
      `${backendUrl}/store/products?handle=${handle}&region_id=${gb.id}&fields=*variants.calculated_price,*book,*book.contributions,*book.contributions.contributor,*variants.book_format`,
      { headers }
    )
    await measure("store API: contributor with their books", `${backendUrl}/store/contributors/alan-woods`, { headers })
    await measure("store API: listing of 24 with prices", `${backendUrl}/store/products?limit=24&region_id=${gb.id}&fields=*variants.calculated_price`, { headers })
    const queries: [string, string][] = [["lenin", "lenin"], ["trotksy (typo)", "trotksy"], ["an ISBN", DEMO_ISBN]]
    if (large) queries.push(["an imported ISBN", isbn13(Math.floor(large.titles / 2) * 3)])
    for (const [label, q] of queries) {
      await measure(`search "${label}": POST /store/search (books index)`, `${backendUrl}/store/search`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: searchBody(q) }, searchCount)
      await measure(`search "${label}": GET /store/products?q= (Medusa default)`, `${backendUrl}/store/products?q=${encodeURIComponent(q)}&limit=24&fields=id,handle,title`, { headers }, productCount)
    }
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
      ...(large ? { largeImport: large } : {}),
      latencyMs: Object.fromEntries(rows.map((row) => [row.name, row.found === undefined ? row.stats : { ...row.stats, found: row.found }])),
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
      ...(large ? [`Catalogue: demo seed + ${large.titles} synthetic titles, imported through the ONIX import in ${large.seconds} s (exit code ${large.exitCode}).`, ""] : []),
      "| Request | n | p50 ms | p95 ms | mean ms | max ms | found |",
      "|---|---|---|---|---|---|---|",
      ...rows.map((r) => `| ${r.name} | ${r.stats.requests} | ${r.stats.p50} | ${r.stats.p95} | ${r.stats.mean} | ${r.stats.max} | ${r.found ?? ""} |`),
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
