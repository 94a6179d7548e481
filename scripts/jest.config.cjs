// Unit tests of the orchestration scripts' pure parts.
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } }, module: { type: "commonjs" } }],
  },
  // `npm run verify` runs the unit tests; npm test adds the deploy checks (needs docker-compose).
  testMatch: process.env.SCRIPTS_TESTS === "all"
    ? ["<rootDir>/**/*.unit.spec.ts", "<rootDir>/deploy/**/*.spec.ts"]
    : ["<rootDir>/**/*.unit.spec.ts"],
}
