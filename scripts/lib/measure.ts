import fs from "node:fs"

export type LatencyStats = { requests: number; p50: number; p95: number; mean: number; max: number }

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export function summarise(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    requests: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    mean: round(sorted.reduce((sum, n) => sum + n, 0) / (sorted.length || 1)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  }
}

/** Sequential requests (one connection), after `warmup` unmeasured ones; fails on non-2xx. */
export async function timeRequests(
  url: string,
  init: RequestInit,
  { count, warmup = 5 }: { count: number; warmup?: number }
): Promise<LatencyStats> {
  const samples: number[] = []
  for (let i = 0; i < warmup + count; i++) {
    const started = performance.now()
    const res = await fetch(url, init)
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${url} answered ${res.status}`)
    if (i >= warmup) samples.push(performance.now() - started)
  }
  return summarise(samples)
}

/** Resident memory (MiB) of a process and every process in its process group. */
export function groupRssMiB(pgid: number): number {
  let kib = 0
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(fields[2]) !== pgid) continue
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8")
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      /* the process ended while we looked */
    }
  }
  return Math.round(kib / 1024)
}
