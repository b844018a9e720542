import type { Migration } from 'kysely';
import * as createAccounts from './0001-create-accounts.js';
import * as createProjects from './0002-create-projects.js';
import * as createLaws from './0003-create-laws.js';
import * as createFindings from './0004-create-findings.js';
import * as createComments from './0005-create-comments.js';
import * as createAuditEvents from './0006-create-audit-events.js';
import * as addFindingSummaries from './0007-add-finding-summaries.js';
import * as createRecommendations from './0008-create-recommendations.js';
import * as createWorkshops from './0009-create-workshops.js';
import * as createDrafts from './0010-create-drafts.js';

/**
 * Every migration, by name, in the order they run. Listed in code rather than read from a
 * folder, so the compiled package migrates without its sources. Names never change once
 * released: the database records them.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-create-accounts': createAccounts,
  '0002-create-projects': createProjects,
  '0003-create-laws': createLaws,
  '0004-create-findings': createFindings,
  '0005-create-comments': createComments,
  '0006-create-audit-events': createAuditEvents,
  '0007-add-finding-summaries': addFindingSummaries,
  '0008-create-recommendations': createRecommendations,
  '0009-create-workshops': createWorkshops,
  '0010-create-drafts': createDrafts,
});
