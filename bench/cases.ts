import type { CaseResult } from './import-cases.js';
import { ALIGN_CASES } from './align-cases.js';
import { API_LOAD_CASES } from './api-load.js';
import { DRAFTING_CASES } from './drafting.js';
import { IMPORT_CASES } from './import-cases.js';
import { LIVE_VOTE_CASES } from './live-votes.js';
import { OCR_CASES } from './ocr-cases.js';
import { REPORT_CASES } from './reports.js';
import { REGIONAL_CASES } from './regional.js';

/** Every benchmark case by name; each area of the product adds its own file here. */
export const ALL_CASES: Readonly<Record<string, () => Promise<CaseResult>>> = {
  ...IMPORT_CASES,
  ...OCR_CASES,
  ...ALIGN_CASES,
  ...API_LOAD_CASES,
  ...LIVE_VOTE_CASES,
  ...DRAFTING_CASES,
  ...REPORT_CASES,
  ...REGIONAL_CASES,
};
