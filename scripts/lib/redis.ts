import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import { findFreePort, UserFacingError } from "./ports.ts"

const REDIS_SERVER = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]

export type LocalRedis = { url: string; stop: () => Promise<void> }

/** A throwaway redis-server on 127.0.0.1 (no persistence) for the production-module tests. */
export async function startLocalRedis(): Promise<LocalRedis> {
  const bin = REDIS_SERVER.find((candidate) => fs.existsSync(candidate))
  if (!bin) {
    throw new UserFacingError(
      "redis-server is not installed, and the Redis test suite needs one. Install it (`apt-get install -y redis-server`, as .ci/run does) or set REDIS_URL to a Redis you run."
    )
  }
  const port = await findFreePort()
  const child: ChildProcess = spawn(
    bin,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] }
  )
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("redis-server did not start within 10 s")), 10_000)
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with code ${code}`))
    })
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
      }),
  }
}
