import type { LegalDocument, Provision, ProvisionKind } from '../core/model/index.js';
import { provisionLabel as labelOf, walkProvisions } from '../core/model/index.js';

const SNIPPET = 72;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SNIPPET ? flat : `${flat.slice(0, SNIPPET - 1)}…`;
}

function lineOf(node: Provision, document: LegalDocument): string {
  const label = labelOf(node, document);
  if (label === '') {
    const words = snippet(node.text || node.heading);
    return [node.num, words].filter((part) => part !== '').join(' ');
  }
  const heading = node.heading === '' ? '' : ` — ${node.heading}`;
  return `${label} ${node.num}`.trim() + heading;
}

/**
 * The structure of a document as an indented outline, one provision a line with its eId:
 * what `lexalign import` prints so a drafter can check the import at a glance.
 */
export function formatOutline(document: LegalDocument): string {
  const lines: string[] = [];
  const visit = (node: Provision, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}${lineOf(node, document)}  [${node.eId}]`);
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const node of [...document.body, ...document.annexes]) visit(node, 0);
  return lines.join('\n');
}

/** Counts per kind, in the order a reader scans a law: "42 articles · 6 titres…" */
export function countKinds(document: LegalDocument): Map<ProvisionKind, number> {
  const counts = new Map<ProvisionKind, number>();
  for (const node of walkProvisions(document))
    counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  return counts;
}
