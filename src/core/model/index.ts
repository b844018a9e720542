export * from './provision.js';
export * from './legal-document.js';
export * from './eid.js';
export * from './frbr.js';
export * from './numbers.js';
export * from './provision-labels.js';
