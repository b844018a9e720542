import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexCatalogue, type CatalogueIndex } from '../core/catalogue/catalogue-index.js';
import { parseCatalogue } from '../core/catalogue/parse-catalogue.js';
import type { Catalogue } from '../core/catalogue/types.js';

/**
 * The `catalogue/` folder of the package. This file sits two levels below the package root
 * both as `src/services/catalogue-files.ts` (tsx, vitest) and as `dist/services/…js` (build).
 */
export const CATALOGUE_DIR = fileURLToPath(new URL('../../catalogue/', import.meta.url));

let cached: Catalogue | undefined;
let cachedIndex: CatalogueIndex | undefined;

/**
 * The obligations catalogue shipped with the package: `catalogue.json`, every
 * `obligations/*.json` (in name order) and `match-rules.json` when present, validated and
 * frozen. Read once, then cached. Throws a CatalogueError naming the file and field when the
 * data is invalid.
 *
 * @example const { version, obligations } = loadCatalogue();
 */
export function loadCatalogue(): Catalogue {
  cached ??= readCatalogue(CATALOGUE_DIR);
  return cached;
}

/** The lookups over the shipped catalogue (by ID, down the ID tree), built once. */
export function loadCatalogueIndex(): CatalogueIndex {
  cachedIndex ??= indexCatalogue(loadCatalogue());
  return cachedIndex;
}

/** Reads and validates a catalogue folder laid out like `catalogue/`, without caching. */
export function readCatalogue(folder: string): Catalogue {
  const obligationsDir = join(folder, 'obligations');
  const obligationFiles = readdirSync(obligationsDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const matchRulesPath = join(folder, 'match-rules.json');
  return parseCatalogue({
    catalogue: readJson(join(folder, 'catalogue.json'), 'catalogue.json'),
    obligations: obligationFiles.map((name) =>
      readJson(join(obligationsDir, name), `obligations/${name}`),
    ),
    obligationFiles: obligationFiles.map((name) => `obligations/${name}`),
    matchRules: existsSync(matchRulesPath)
      ? readJson(matchRulesPath, 'match-rules.json')
      : undefined,
  });
}

function readJson(path: string, name: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`catalogue/${name}: not valid JSON (${reason})`);
  }
}
