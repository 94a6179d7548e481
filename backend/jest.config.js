// Jest for the backend: unit tests beside pure functions, module and HTTP integration
// tests on a real PostgreSQL (the embedded cluster unless DB_HOST points at a server).
const path = require("node:path")

const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
  ],
}

const byType = {
  unit: { testMatch: ["<rootDir>/src/**/*.unit.spec.[jt]s"] },
  "integration:modules": {
    testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
    testPathIgnorePatterns: ["\\.unit\\.spec\\."],
  },
  "integration:http": { testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"] },
  // The production module set (REDIS_URL must point at a running Redis).
  "integration:redis": { testMatch: ["<rootDir>/integration-tests/redis/**/*.spec.[jt]s"] },
}

// Live suites against a real Meilisearch run only when one is configured; otherwise they
// are left out of the run entirely (no placeholder skips).
const liveSuites = process.env.MEILISEARCH_HOST ? [] : ["/modules/meilisearch/__tests__/live\\.spec\\.", "/http/search-meilisearch\\.spec\\."]

const testType = process.env.TEST_TYPE || "unit"
const selected = byType[testType]
if (!selected) {
  throw new Error(`Unknown TEST_TYPE "${testType}" (expected ${Object.keys(byType).join(", ")})`)
}
const needsDatabase = testType !== "unit"

module.exports = {
  rootDir: __dirname,
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "dist/"],
  setupFiles: [path.join(__dirname, "integration-tests/setup-env.js")],
  ...(needsDatabase
    ? {
        globalSetup: path.join(__dirname, "integration-tests/global-setup.mjs"),
        globalTeardown: path.join(__dirname, "integration-tests/global-teardown.mjs"),
      }
    : {}),
  ...selected,
  testPathIgnorePatterns: [...(selected.testPathIgnorePatterns ?? ["/node_modules/"]), ...liveSuites],
}
