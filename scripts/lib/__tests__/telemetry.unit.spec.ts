import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { disableMedusaTelemetry } from "../telemetry.ts"

describe("disableMedusaTelemetry", () => {
  let home: string
  beforeEach(() => (home = fs.mkdtempSync(path.join(os.tmpdir(), "xdg-"))))
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }))
  const read = () => JSON.parse(fs.readFileSync(path.join(home, "medusa", "config.json"), "utf8"))

  it("records telemetry as disabled before Medusa's CLI first runs", () => {
    disableMedusaTelemetry(home)
    expect(read()).toEqual({ telemetry: { enabled: false } })
  })

  it("turns off telemetry the CLI had switched on, keeping its other settings", () => {
    fs.mkdirSync(path.join(home, "medusa"))
    fs.writeFileSync(path.join(home, "medusa", "config.json"), JSON.stringify({ cli: { packageManager: "npm" }, telemetry: { enabled: true, machine_id: "m" } }))
    disableMedusaTelemetry(home)
    expect(read()).toEqual({ cli: { packageManager: "npm" }, telemetry: { enabled: false, machine_id: "m" } })
  })
})
