/**
 * THE LIVE MEILISEARCH SUITE: the same book-search behaviour as search-postgres.spec.ts, on
 * our Meilisearch provider, against the real server named by MEILISEARCH_HOST (and
 * MEILISEARCH_API_KEY). Without MEILISEARCH_HOST it is skipped, and says so. Point it at a
 * server kept for tests: it deletes the "books_v<n>" indexes earlier runs left there, because
 * every run's fresh database numbers its index versions from 1 again.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MeilisearchSearchProvider } from "../../src/modules/meilisearch/service"
import { bookSearchBehaviour } from "../search-behaviour/books-behaviour"
import type { HttpApi } from "../search-behaviour/search-client"

jest.setTimeout(300_000)

const meilisearchHost = process.env.MEILISEARCH_HOST

if (meilisearchHost) {
  beforeAll(async () => {
    const provider = new MeilisearchSearchProvider({}, { host: meilisearchHost, apiKey: process.env.MEILISEARCH_API_KEY })
    const leftovers = (await provider.listIndexes()).filter((index) => /^books_v\d+$/.test(index.name))
    for (const index of leftovers) await provider.deleteIndex({ index: index.name })
  })

  medusaIntegrationTestRunner({
    env: { ADMIN_EMAIL: "admin@bookshop.test", ADMIN_PASSWORD: "integration-test-password" },
    testSuite: ({ api, getContainer }) => {
      describe(`book search on Meilisearch at ${meilisearchHost} (live)`, () => {
        bookSearchBehaviour({ api: api as HttpApi, getContainer })
      })
    },
  })
} else {
  // jest.config.js leaves this file out unless MEILISEARCH_HOST is set.
  throw new Error("The live Meilisearch suite needs MEILISEARCH_HOST (and MEILISEARCH_API_KEY).")
}
