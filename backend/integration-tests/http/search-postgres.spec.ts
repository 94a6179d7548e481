/**
 * Book search on the default provider, search-postgres (ts_rank + pg_trgm on the shop's own
 * PostgreSQL). Always runs. The behaviour itself is in ../search-behaviour/, shared with the
 * Meilisearch suite.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { bookSearchBehaviour } from "../search-behaviour/books-behaviour"
import type { HttpApi } from "../search-behaviour/search-client"

// medusa-config reads the provider from the environment when the runner loads it: this file
// is about search-postgres even where a Meilisearch server is configured.
delete process.env.MEILISEARCH_HOST
delete process.env.MEILISEARCH_API_KEY

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
  testSuite: ({ api, getContainer }) => {
    bookSearchBehaviour({ api: api as HttpApi, getContainer })
  },
})
