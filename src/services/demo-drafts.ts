import type { DraftDetail, DraftNodeView, DraftEditInput } from '../contract/drafts.js';
import { listLaws } from '../store/repos/laws.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import type { Actor } from './accounts.js';
import { createDraft, editDraft, saveDraftVersion } from './drafts.js';
import type { Workspace } from './workspace.js';

/** Where an improvement goes: an article of the law as numbered in the copy. */
interface DemoImprovement {
  /** "Article 31": the article rewritten, or the one the new article follows. */
  readonly article: string;
  /** Rewrite that article, or insert a new one after it. */
  readonly action: 'rewrite' | 'insert-after';
  readonly heading: string;
  readonly body: string;
  /** The demo recommendation it implements, by title (demo-recommendations.ts). */
  readonly recommendation?: string;
  readonly obligationIds: readonly string[];
}

/** Improvements written before the version is saved. */
const BEFORE_VERSION: readonly DemoImprovement[] = [
  {
    article: 'Article 31',
    action: 'rewrite',
    heading: '',
    body: [
      "L'État assure aux victimes de la traite des personnes une assistance médicale, psychologique et juridique.",
      "Les victimes reçoivent, dans une langue qu'elles comprennent, des informations sur les procédures judiciaires et administratives qui les concernent, peuvent présenter leurs avis et préoccupations à chaque stade de la procédure pénale, et bénéficient d'une aide à l'emploi, à l'éducation et à la formation.",
      "Les mesures d'assistance tiennent compte de l'âge et du sexe des victimes et des besoins particuliers des enfants, dont l'intérêt supérieur prime.",
    ].join('\n'),
    recommendation: "Élargir l'assistance et la protection des victimes",
    obligationIds: ['TIP.6.2.a', 'TIP.6.2.b', 'TIP.6.3.d', 'TIP.6.4'],
  },
  {
    article: 'Article 31',
    action: 'insert-after',
    heading: 'Non-sanction des victimes',
    body: "Les victimes de la traite des personnes ne peuvent être poursuivies ni sanctionnées pour les infractions qu'elles ont été contraintes de commettre du fait de leur situation de victime, y compris les infractions à la législation sur l'entrée et le séjour des étrangers.",
    recommendation: 'Consacrer la non-sanction des victimes de la traite',
    obligationIds: ['GP.nonpunishment'],
  },
  {
    article: 'Article 9',
    action: 'rewrite',
    heading: '',
    body: [
      "La tentative des infractions prévues au présent chapitre est punie des mêmes peines que l'infraction consommée.",
      "Est puni des mêmes peines que l'auteur quiconque se rend complice de la traite des personnes, ou organise ou dirige d'autres personnes pour la commettre.",
    ].join('\n'),
    recommendation: "Incriminer la complicité, l'organisation et la direction",
    obligationIds: ['TIP.5.2.b', 'TIP.5.2.c'],
  },
];

/** Written after the version, so comparing the version with the working copy shows it. */
const AFTER_VERSION: readonly DemoImprovement[] = [
  {
    article: 'Article 3',
    action: 'insert-after',
    heading: 'Consentement de la victime',
    body: "Le consentement d'une victime de la traite des personnes à l'exploitation envisagée est indifférent lorsque l'un quelconque des moyens énoncés au 1° de l'article 3 a été utilisé.",
    obligationIds: ['TIP.3.b'],
  },
];

/** The article labelled `label` and where it sits: its parent's key and its index there. */
function place(
  nodes: readonly DraftNodeView[],
  label: string,
  parentKey: string | null = null,
): { node: DraftNodeView; parentKey: string | null; index: number } | undefined {
  for (const [index, node] of nodes.entries()) {
    if (node.kind === 'article' && node.label === label) return { node, parentKey, index };
    if (node.kind !== 'article') {
      const found = place(node.children, label, node.key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Writes one improvement as a drafter would: the wording, then the links. Skipped when the
 * article is not where the demo law has it (a changed demo law), so the demo never fails.
 */
async function improve(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string; readonly draft: DraftDetail },
  improvement: DemoImprovement & { readonly recommendationId: string | undefined },
): Promise<DraftDetail> {
  const ids = { actor: request.actor, projectId: request.projectId, draftId: request.draft.id };
  const found = place(request.draft.body, improvement.article);
  if (found === undefined) return request.draft;
  const edit: DraftEditInput =
    improvement.action === 'rewrite'
      ? { op: 'update', key: found.node.key, body: improvement.body }
      : {
          op: 'insert',
          parentKey: found.parentKey,
          index: found.index + 1,
          kind: 'article',
          heading: improvement.heading,
          body: improvement.body,
        };
  const written = await editDraft(workspace, {
    ...ids,
    baseRevision: request.draft.revision,
    edit,
  });
  if (written.status !== 'applied') return written.draft;
  const key =
    improvement.action === 'rewrite'
      ? found.node.key
      : place(written.draft.body, nextLabel(improvement.article))?.node.key;
  if (key === undefined) return written.draft;
  const linked = await editDraft(workspace, {
    ...ids,
    baseRevision: written.revision,
    edit: {
      op: 'link',
      key,
      recommendationIds:
        improvement.recommendationId === undefined ? [] : [improvement.recommendationId],
      obligationIds: improvement.obligationIds.filter((id) => workspace.catalogue.byId.has(id)),
    },
  });
  return linked.draft;
}

/** "Article 31" → "Article 32": the label of the article inserted after it. */
function nextLabel(label: string): string {
  const number = Number(label.replace(/\D+/g, ''));
  return `Article ${number + 1}`;
}

/**
 * The demo project's draft: a copy of the demo law in force that it replaces, with the
 * improvements the adopted recommendations ask for written and linked, a version saved for
 * the drafting committee, and one more article written since. Returns the draft's ID, or
 * undefined when the project has no law to copy.
 */
export async function seedDemoDraft(
  workspace: Workspace,
  request: { readonly projectId: string; readonly drafter: Actor },
): Promise<string | undefined> {
  const { projectId, drafter } = request;
  const [law] = await listLaws(workspace.store.db, projectId);
  if (law === undefined) return undefined;
  const recommendations = new Map(
    (await listRecommendations(workspace.store.db, projectId)).map((item) => [item.title, item.id]),
  );
  let draft = await createDraft(workspace, {
    actor: drafter,
    projectId,
    input: {
      title:
        'Avant-projet de loi relative à la lutte contre la traite des personnes et les pratiques assimilées',
      origin: 'law',
      lawId: law.id,
    },
  });
  const write = async (list: readonly DemoImprovement[]): Promise<void> => {
    for (const improvement of list) {
      draft = await improve(
        workspace,
        { actor: drafter, projectId, draft },
        {
          ...improvement,
          recommendationId:
            improvement.recommendation === undefined
              ? undefined
              : recommendations.get(improvement.recommendation),
        },
      );
    }
  };
  await write(BEFORE_VERSION);
  await saveDraftVersion(workspace, {
    actor: drafter,
    projectId,
    draftId: draft.id,
    name: 'Avant-projet soumis au comité de rédaction',
    note: "Assistance aux victimes, non-sanction et complicité, après l'atelier de validation",
  });
  await write(AFTER_VERSION);
  return draft.id;
}
