// One lint config for the whole repository (npm run lint). Type-aware rules stay in tsc.
import js from "@eslint/js"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      "**/coverage/**",
      ".data/**",
      "**/next-env.d.ts",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        AbortSignal: "readonly",
        globalThis: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-ignore": true, "ts-nocheck": true, "ts-expect-error": "allow-with-description" }],
      "no-restricted-imports": ["error", { paths: [{ name: "next/font/google", message: "No network at build time: self-host fonts with next/font/local." }] }],
    },
  },
  {
    files: ["**/*.cjs", "**/jest.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
)
