export type * from './types.js';
export { INSTRUMENT_CODES } from './types.js';
export { CatalogueError, parseCatalogue } from './parse-catalogue.js';
export type { CatalogueInput } from './parse-catalogue.js';
export { indexCatalogue, isAssessable, parentIds, selectObligations } from './catalogue-index.js';
export type { CatalogueIndex, ObligationFilter } from './catalogue-index.js';
