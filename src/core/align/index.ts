export * from './analyse.js';
export * from './finding.js';
export * from './units.js';
export * from './gold.js';
export * from './evaluate.js';
export * from './rollup.js';
export { maximumCustodyYears } from './penalties.js';
