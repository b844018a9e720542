/**
 * Query keys. Everything of one project starts with `['project', id]`, so a change pushed by
 * the server can refresh exactly the part of the project it touched.
 */
export const keys = {
  projects: () => ['projects'] as const,
  catalogue: () => ['catalogue'] as const,
  /** The regional matrix with one set of filters (its API query string). */
  regional: (filters: string) => ['regional', filters] as const,
  project: (projectId: string) => ['project', projectId] as const,
  findings: (projectId: string) => ['project', projectId, 'findings'] as const,
  finding: (projectId: string, obligationId: string) =>
    ['project', projectId, 'finding', obligationId] as const,
  laws: (projectId: string) => ['project', projectId, 'laws'] as const,
  law: (projectId: string, lawId: string) => ['project', projectId, 'law', lawId] as const,
  allLaws: (projectId: string) => ['project', projectId, 'law'] as const,
  dashboard: (projectId: string) => ['project', projectId, 'dashboard'] as const,
  members: (projectId: string) => ['project', projectId, 'members'] as const,
  recommendations: (projectId: string) => ['project', projectId, 'recommendations'] as const,
  recommendation: (projectId: string, recommendationId: string) =>
    ['project', projectId, 'recommendation', recommendationId] as const,
  allRecommendations: (projectId: string) => ['project', projectId, 'recommendation'] as const,
  workshops: (projectId: string) => ['project', projectId, 'workshops'] as const,
  /** Everything of one workshop (agenda, participants, attendance, live state, statistics) starts with this. */
  workshop: (projectId: string, workshopId: string) =>
    ['project', projectId, 'workshop', workshopId] as const,
  allWorkshops: (projectId: string) => ['project', projectId, 'workshop'] as const,
  drafts: (projectId: string) => ['project', projectId, 'drafts'] as const,
  /** One draft's working copy; its comparisons, coverage and comments start with this too. */
  draft: (projectId: string, draftId: string) => ['project', projectId, 'draft', draftId] as const,
  draftComparison: (projectId: string, draftId: string, sides: { left: string; right: string }) =>
    ['project', projectId, 'draft', draftId, 'compare', sides.left, sides.right] as const,
  draftCoverage: (projectId: string, draftId: string, side: string) =>
    ['project', projectId, 'draft', draftId, 'coverage', side] as const,
  draftComments: (projectId: string, draftId: string, key: string) =>
    ['project', projectId, 'draft', draftId, 'comments', key] as const,
  allDrafts: (projectId: string) => ['project', projectId, 'draft'] as const,
  audit: (projectId: string, objectType: string, objectId: string) =>
    ['project', projectId, 'audit', objectType, objectId] as const,
};

export type QueryKey = readonly (string | number)[];
