import type { Project } from '../../../../src/contract/projects.js';

export function LawPage({ project }: { project: Project; [key: string]: unknown }) {
  return <h1>{project.name}</h1>;
}
