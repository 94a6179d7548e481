import AxeBuilder from "@axe-core/playwright"
import type { Page } from "playwright-core"

/**
 * Runs axe on the page as it is now and returns the serious and critical violations, each as
 * one readable line (rule, impact, the first offending elements), so a failing expectation says
 * what to fix: `expect(await seriousViolations(page)).toEqual([])`.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")
      return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`
    })
}
