import type { Candidate, ElementResult, Finding, SuggestedStatus } from './finding.js';
import { provisionKey } from './units.js';

/**
 * A finding for a unit coarser than the catalogue's (`TIP.6.3` for `TIP.6.3.a`-`d`,
 * `UNTOC.16` for the whole article): all aligned → aligned; all missing → missing;
 * otherwise partial; candidates merged by score; elements united.
 */
export function rollUp(id: string, findings: readonly Finding[]): Finding | undefined {
  const assessed = findings.filter((finding) => finding.status !== 'not_applicable');
  if (assessed.length === 0)
    return findings[0] === undefined ? undefined : { ...findings[0], obligationId: id };
  const statuses = new Set(assessed.map((finding) => finding.status));
  let status: SuggestedStatus = 'partial';
  if (statuses.size === 1 && statuses.has('aligned')) status = 'aligned';
  if (statuses.size === 1 && statuses.has('missing')) status = 'missing';
  const byProvision = new Map<string, Candidate>();
  for (const candidate of assessed.flatMap((finding) => finding.candidates)) {
    const key = provisionKey(candidate.provision);
    const known = byProvision.get(key);
    if (
      known === undefined ||
      known.score < candidate.score ||
      (!known.implements && candidate.implements)
    )
      byProvision.set(key, {
        ...candidate,
        implements: candidate.implements || (known?.implements ?? false),
      });
  }
  const candidates = [...byProvision.values()].sort(
    (a, b) => Number(b.implements) - Number(a.implements) || b.score - a.score,
  );
  const elements: ElementResult[] = assessed.flatMap((finding) => finding.elements);
  return {
    obligationId: id,
    status,
    candidates,
    lookAlikes: assessed.flatMap((finding) => finding.lookAlikes),
    elements,
    conflicts: assessed.flatMap((finding) => finding.conflicts),
    explanation: assessed.map((finding) => finding.explanation).join(' '),
  };
}
