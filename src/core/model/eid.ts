import type { LegalDocument, Numbering } from './legal-document.js';
import { normalizeNumber } from './numbers.js';
import type { Article, Division, Provision, ProvisionKind } from './provision.js';

const SUBDIVISION_KINDS: ReadonlySet<ProvisionKind> = new Set(['paragraph', 'point', 'subpoint']);

/** The eId prefix of each kind (Akoma Ntoso naming convention), per numbering style. */
const PREFIX: Readonly<Record<Numbering, Readonly<Record<ProvisionKind, string>>>> = {
  article: {
    book: 'book',
    part: 'part',
    title: 'title',
    chapter: 'chp',
    section: 'sec',
    subsection: 'subsec',
    division: 'dvs',
    annex: 'att',
    article: 'art',
    paragraph: 'para',
    point: 'point',
    subpoint: 'point',
  },
  section: {
    book: 'book',
    part: 'part',
    title: 'title',
    chapter: 'chp',
    section: 'subpart',
    subsection: 'subdvs',
    division: 'dvs',
    annex: 'att',
    article: 'sec',
    paragraph: 'subsec',
    point: 'para',
    subpoint: 'subpara',
  },
};

/** The eId prefix of a kind: `eIdPrefix('article', 'section') === 'sec'`. */
export function eIdPrefix(kind: ProvisionKind, numbering: Numbering): string {
  return PREFIX[numbering][kind];
}

/**
 * The number part of an eId: "II" → "2", "(a)" → "a", "12.1" → "12-1"; '' when unnumbered.
 * Roman numerals become arabic for divisions and articles only; "(ii)" stays "ii".
 */
export function eIdNumber(num: string, kind: ProvisionKind = 'article'): string {
  const roman = !SUBDIVISION_KINDS.has(kind);
  return normalizeNumber(num, { roman })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gives every provision its Akoma Ntoso eId, made of its ancestors' components:
 * `chp_2__art_12__para_2`. Unnumbered units take their position among siblings of the
 * same kind; a number used twice among siblings gets `-dup2`, `-dup3`.
 *
 * @example assignEIds(document).body[0]?.eId // "title_1"
 */
export function assignEIds(document: LegalDocument): LegalDocument {
  const style = document.numbering;
  const label = (kind: ProvisionKind, num: string, seen: Map<string, number>): string => {
    const prefix = eIdPrefix(kind, style);
    const positionKey = `#${prefix}`;
    const position = (seen.get(positionKey) ?? 0) + 1;
    seen.set(positionKey, position);
    const base = `${prefix}_${eIdNumber(num, kind) || String(position)}`;
    const uses = (seen.get(base) ?? 0) + 1;
    seen.set(base, uses);
    return uses === 1 ? base : `${base}-dup${uses}`;
  };
  const renumber = (nodes: readonly Provision[], parent: string): Provision[] => {
    const seen = new Map<string, number>();
    return nodes.map((node) => {
      const own = label(node.kind, node.num, seen);
      const eId = parent === '' ? own : `${parent}__${own}`;
      const children = Object.freeze(renumber(node.children, eId));
      // Children keep their kinds (only eIds change), so the node keeps its own type.
      return Object.freeze({ ...node, eId, children }) as unknown as Provision;
    });
  };
  return Object.freeze({
    ...document,
    // renumber keeps each node's kind, so top-level nodes stay divisions and articles.
    body: Object.freeze(renumber(document.body, '') as (Division | Article)[]),
    annexes: Object.freeze(renumber(document.annexes, '') as Division[]),
  });
}
