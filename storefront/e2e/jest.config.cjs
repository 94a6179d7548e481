// Browser journeys: real Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
// against the whole shop, started the way `npm start` starts it, on test ports.
const path = require("node:path")

module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }] },
  testMatch: ["<rootDir>/**/*.e2e.spec.ts"],
  globalSetup: path.join(__dirname, "support/start-shop.mjs"),
  globalTeardown: path.join(__dirname, "support/stop-shop.mjs"),
  testTimeout: 60_000,
}
