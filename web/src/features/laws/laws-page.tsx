import type { Project } from '../../../../src/contract/projects.js';

export function LawsPage({ project }: { project: Project; [key: string]: unknown }) {
  return <h1>{project.name}</h1>;
}
