import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Actor } from './accounts.js';
import { importProjectLaw } from './project-laws.js';
import { createProject } from './projects.js';
import type { Workspace } from './workspace.js';

/**
 * The region around the Malian demo: three fictional countries whose fictional laws
 * (examples/laws/README.md) are imported and analysed, so the regional comparison has four
 * columns. Their names sort after Mali's, which stays the first project of the list.
 */
export const DEMO_REGION = [
  {
    file: 'xe-migrant-smuggling-act-2020.txt',
    project: {
      name: 'Republic of Esterland: Smuggling of Migrants Act review',
      country: 'XE',
      language: 'en',
      description:
        'Review of the Smuggling of Migrants Act, 2020 (fictional demonstration text) against the Palermo Convention and its Protocols.',
    },
  },
  {
    file: 'xf-loi-trafic-migrants-2019.txt',
    project: {
      name: 'République du Kanem : loi sur le trafic illicite de migrants et la traite',
      country: 'XF',
      language: 'fr',
      description:
        'Analyse de la loi n° 2019-017 (texte fictif de démonstration) au regard de la Convention de Palerme et de ses Protocoles.',
    },
  },
  {
    file: 'zz-trafficking-act-2019.txt',
    project: {
      name: 'Republic of Zedland: Trafficking in Persons Act review',
      country: 'ZZ',
      language: 'en',
      description:
        'Review of the Trafficking in Persons Act, 2019 (fictional demonstration text) against the Palermo Convention and its Protocols.',
    },
  },
] as const;

/** A demo law's path. */
export const demoRegionLaw = (file: string): string =>
  fileURLToPath(new URL(`../../examples/laws/${file}`, import.meta.url));

/** Creates the three neighbouring demo countries, the admin as owner, each law analysed. */
export async function seedDemoRegion(workspace: Workspace, admin: Actor): Promise<string[]> {
  const ids: string[] = [];
  for (const country of DEMO_REGION) {
    const project = await createProject(workspace, { actor: admin, input: country.project });
    await importProjectLaw(workspace, {
      actor: admin,
      projectId: project.id,
      upload: { fileName: country.file, bytes: await readFile(demoRegionLaw(country.file)) },
    });
    ids.push(project.id);
  }
  return ids;
}
