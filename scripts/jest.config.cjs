// Unit tests of the orchestration scripts' pure parts.
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } }, module: { type: "commonjs" } }],
  },
  testMatch: ["<rootDir>/**/*.unit.spec.ts"],
}
