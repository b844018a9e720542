import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { listProjectsForUser } from '../store/repos/projects.js';
import { insertUser } from '../store/repos/users.js';
import { actorOf, type Actor } from './accounts.js';
import { generatePassword, hashPassword } from './passwords.js';
import { findingTable, confirmFinding, setFindingStatus } from './project-findings.js';
import { importProjectLaw } from './project-laws.js';
import { createProject, setMember } from './projects.js';
import type { Workspace } from './workspace.js';
import { seedDemoRecommendations } from './demo-recommendations.js';
import { seedDemoWorkshop } from './demo-workshop.js';
import { seedDemoDraft } from './demo-drafts.js';
import { seedDemoRegion } from './demo-region.js';
import { localDay } from './local-day.js';

/** The demo law: fictional, French, West-African style (examples/laws/README.md). */
export const DEMO_LAW = fileURLToPath(
  new URL('../../examples/laws/ml-loi-traite-2012.txt', import.meta.url),
);

/** Reviews a committee might have made on the first day, so the table shows a review under way. */
const DEMO_REVIEWS = [
  {
    obligationId: 'TIP.3.a',
    status: 'partial',
    reason:
      "L'article 3 définit la traite sans la contrainte, l'abus d'autorité ou de vulnérabilité, ni l'offre de paiements ; la liste des formes d'exploitation est fermée.",
  },
  {
    obligationId: 'TIP.3.b',
    status: 'missing',
    reason:
      "Aucune disposition ne rend le consentement de la victime indifférent lorsqu'un moyen a été employé.",
  },
  { obligationId: 'TIP.5.1', status: undefined, reason: '' },
] as const;

/**
 * Fills an empty workspace with a demo project for Mali: a committee (the admin as owner, an
 * analyst and a reviewer), the demo law imported and analysed, and a few findings reviewed;
 * then three neighbouring countries for the regional comparison.
 * Does nothing when the admin already sees a project.
 */
export async function seedDemoWorkspace(
  workspace: Workspace,
  admin: Actor,
  options: { readonly today?: string } = {},
): Promise<boolean> {
  const db = workspace.store.db;
  if ((await listProjectsForUser(db, { userId: admin.id, all: true })).length > 0) return false;
  const project = await createProject(workspace, {
    actor: admin,
    input: {
      name: 'Mali : réforme de la loi sur la traite et le trafic illicite de migrants',
      country: 'ML',
      language: 'fr',
      description:
        "Analyse de la loi n°2012-023 (texte fictif de démonstration) au regard de la Convention de Palerme et de ses Protocoles, en vue de l'atelier de validation.",
    },
  });
  const analyst = await demoMember(workspace, {
    admin,
    projectId: project.id,
    person: { email: 'analyste@demo.lexalign', name: 'Awa Traoré', role: 'analyst' },
  });
  const reviewer = await demoMember(workspace, {
    admin,
    projectId: project.id,
    person: { email: 'rapporteur@demo.lexalign', name: 'Moussa Keïta', role: 'reviewer' },
  });
  await importProjectLaw(workspace, {
    actor: analyst,
    projectId: project.id,
    upload: { fileName: 'ml-loi-traite-2012.txt', bytes: await readFile(DEMO_LAW) },
  });
  const rows = new Map(
    (
      await findingTable(workspace, { actor: admin, projectId: project.id, filter: {} })
    ).findings.map((row) => [row.obligationId, row]),
  );
  for (const review of DEMO_REVIEWS) {
    let row = rows.get(review.obligationId);
    if (row === undefined) continue;
    if (review.status !== undefined) {
      row = await setFindingStatus(workspace, {
        actor: analyst,
        projectId: project.id,
        obligationId: review.obligationId,
        status: review.status,
        reason: review.reason,
        version: row.version,
      });
    }
    await confirmFinding(workspace, {
      actor: reviewer,
      projectId: project.id,
      obligationId: review.obligationId,
      version: row.version,
    });
  }
  await seedDemoRecommendations(workspace, { projectId: project.id, author: analyst });
  await seedDemoWorkshop(workspace, {
    projectId: project.id,
    organiser: admin,
    today: options.today ?? localDay(),
  });
  await seedDemoDraft(workspace, { projectId: project.id, drafter: admin });
  await seedDemoRegion(workspace, admin);
  return true;
}

/** A committee member whose work shows in the demo's history; it has no usable password. */
async function demoMember(
  workspace: Workspace,
  request: {
    readonly admin: Actor;
    readonly projectId: string;
    readonly person: {
      readonly email: string;
      readonly name: string;
      readonly role: 'analyst' | 'reviewer';
    };
  },
): Promise<Actor> {
  const user = await insertUser(workspace.store.db, {
    email: request.person.email,
    name: request.person.name,
    passwordHash: await hashPassword(generatePassword(24)),
    isAdmin: false,
    mustChangePassword: true,
    locale: 'fr',
  });
  await setMember(workspace, {
    actor: request.admin,
    projectId: request.projectId,
    email: user.email,
    role: request.person.role,
  });
  return actorOf(user);
}
