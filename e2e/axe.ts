import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The axe-core engine, given to each page as the text of a script. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.0 and 2.1, levels A and AA: what the app promises. */
export const WCAG_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/** Impacts that fail a page; the others are reported without failing it. */
export const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

/** One rule a page breaks, with what the audit needs to say about it. */
export interface Violation {
  readonly page: string;
  readonly rule: string;
  readonly impact: ImpactValue;
  readonly help: string;
  readonly helpUrl: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core on the page as it is now (the engine is added once per document: the app's
 * routes change the hash, not the document) and lists the rules it breaks.
 */
export async function audit(page: Page, name: string): Promise<Violation[]> {
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  // Page scripts are given as text: this program is typed for Node, not for the DOM.
  const results = await page.evaluate<Result[]>(
    `axe.run(document, ${JSON.stringify(WCAG_AA)}).then((results) => results.violations)`,
  );
  return results.map((result) => ({
    page: name,
    rule: result.id,
    impact: result.impact ?? null,
    help: result.help,
    helpUrl: result.helpUrl,
    targets: result.nodes.map((node) => node.target.map(String).join(' >>> ')),
  }));
}

export const isBlocking = (violation: Violation): boolean => BLOCKING.includes(violation.impact);

/** One violation for a person reading the test's output. */
export function describeViolation(violation: Violation): string {
  const shown = violation.targets.slice(0, 8);
  const more = violation.targets.length - shown.length;
  return [
    `[${violation.page}] ${violation.rule} (${violation.impact ?? 'no impact'}): ${violation.help}`,
    `  ${violation.helpUrl}`,
    ...shown.map((target) => `  - ${target}`),
    ...(more > 0 ? [`  … and ${more} more`] : []),
  ].join('\n');
}
