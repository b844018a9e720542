import type { Project } from '../../../../src/contract/projects.js';
import type { ProjectAction } from '../../../../src/core/access/permissions.js';

/** True when the caller may do `action` in `project`: the server's own list decides. */
export function allows(project: Pick<Project, 'actions'>, action: ProjectAction): boolean {
  return project.actions.includes(action);
}

/** Projects by name, in the reader's alphabet. */
export function sortProjects(projects: readonly Project[], language: string): Project[] {
  return [...projects].sort((a, b) => a.name.localeCompare(b.name, language));
}

/** A country code as the form sends it: trimmed, upper case ("ml " → "ML"). */
export function normaliseCountry(input: string): string {
  return input.trim().toUpperCase();
}
