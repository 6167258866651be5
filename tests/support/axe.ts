import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical problems, in Council Lens's own UI only (the councils' pages are theirs). */
export async function seriousViolations(page: Page, scope?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (scope) builder = builder.include(scope);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
