/**
 * Where the reader left the concordance table of each project: its filters and selected row,
 * so that coming back from an obligation returns to the same place.
 */
const views = new Map<string, { query: string; selected?: string }>();

export function rememberView(projectId: string, view: { query?: string; selected?: string }): void {
  const current = views.get(projectId) ?? { query: '' };
  views.set(projectId, { ...current, ...view });
}

export function lastView(projectId: string): { query: string; selected?: string } {
  return views.get(projectId) ?? { query: '' };
}
