import type { CaseResult } from './import-cases.js';

/** The benchmark cases of one file, by name. */
export type Cases = Readonly<Record<string, () => Promise<CaseResult>>>;

/**
 * Every file of benchmark cases, loaded on demand; each area of the product adds its own
 * here. A case's process loads the files only up to the one holding it, so the modules of
 * other areas (the report renderers, the browser driver, the server) do not sit in its memory
 * and blur its figures (`import-10mb-text` measures memory growth against the input's size).
 */
const CASE_FILES: readonly (() => Promise<Cases>)[] = [
  async () => (await import('./import-cases.js')).IMPORT_CASES,
  async () => (await import('./ocr-cases.js')).OCR_CASES,
  async () => (await import('./align-cases.js')).ALIGN_CASES,
  async () => (await import('./api-load.js')).API_LOAD_CASES,
  async () => (await import('./live-votes.js')).LIVE_VOTE_CASES,
  async () => (await import('./drafting.js')).DRAFTING_CASES,
  async () => (await import('./reports.js')).REPORT_CASES,
  async () => (await import('./regional.js')).REGIONAL_CASES,
];

/** Every case of every file, in order. */
export async function allCases(): Promise<Cases> {
  const files = await Promise.all(CASE_FILES.map((load) => load()));
  return Object.assign({}, ...files) as Cases;
}

/** The case called `name`, loading no file after the one that holds it; undefined if none does. */
export async function findCase(name: string): Promise<Cases[string] | undefined> {
  for (const load of CASE_FILES) {
    const cases = await load();
    if (Object.hasOwn(cases, name)) return cases[name];
  }
  return undefined;
}
