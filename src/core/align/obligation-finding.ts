import type { CatalogueLanguage, Obligation } from '../catalogue/types.js';
import { runChecks } from './checks.js';
import { explain } from './explain.js';
import type {
  Candidate,
  Conflict,
  ElementResult,
  Evidence,
  Finding,
  SuggestedStatus,
} from './finding.js';
import { matchPattern, matchUnit, relatedElements, type UnitMatch } from './match-unit.js';
import type { PreparedTexts } from './prepared-texts.js';
import { profileOf, type ObligationProfile } from './profile.js';
import type { TermMatch } from './term-pattern.js';
import { unitsMatching } from './unit-postings.js';
import type { AnalysisUnit } from './units.js';

const IMPLEMENTS_WITHOUT_RULE = 0.5;

function score(match: UnitMatch, profile: ObligationProfile): number {
  const elementCount = profile.elements.length;
  const coverage = elementCount === 0 ? 0 : match.elements.size / elementCount;
  let value =
    0.35 * match.lexical +
    0.25 * Math.min(1, match.terms.length / 2) +
    (match.inHeading ? 0.2 : 0) +
    0.3 * coverage;
  if (profile.anchors.length > 0) value = match.anchored ? value + 0.4 : value * 0.35;
  if (match.decoy !== undefined) value *= 0.2;
  return value;
}

function implementsObligation(
  match: UnitMatch,
  profile: ObligationProfile,
  value: number,
): boolean {
  if (match.decoy !== undefined) return false;
  if (profile.anchors.length > 0) return match.anchored;
  if (match.terms.length === 0) return false;
  return value >= IMPLEMENTS_WITHOUT_RULE || match.inHeading || match.elements.size >= 2;
}

function evidence(unit: AnalysisUnit, matches: readonly TermMatch[]): Evidence[] {
  const seen = new Set<string>();
  return [...matches]
    .sort((a, b) => a.start - b.start)
    .filter((match) => {
      const key = `${match.start}:${match.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((match) => ({
      term: match.term,
      start: match.start,
      end: match.end,
      text: unit.text.slice(match.start, match.end),
    }));
}

interface Scored {
  readonly match: UnitMatch;
  readonly score: number;
  readonly implements: boolean;
}

function toCandidate(scored: Scored, units: readonly AnalysisUnit[]): Candidate {
  const unit = units[scored.match.unit] as AnalysisUnit;
  const { match } = scored;
  const found = [...match.terms, ...match.anchors, ...match.elements.values()];
  return {
    provision: unit.ref,
    score: Number(scored.score.toFixed(3)),
    implements: scored.implements,
    evidence: evidence(unit, found),
    elements: [...match.elements.keys()],
    ...(match.decoy === undefined
      ? {}
      : {
          lookAlike: {
            reason: match.decoy.pattern.reason,
            evidence: evidence(unit, match.decoy.matches),
          },
        }),
  };
}

function elementResults(
  profile: ObligationProfile,
  implementing: readonly Scored[],
  units: readonly AnalysisUnit[],
): ElementResult[] {
  // With a recognition rule, an obligation's only required element is what the rule recognises.
  const required = profile.elements.filter(({ element }) => element.required);
  const soleRequired =
    profile.anchors.length > 0 && required.length === 1 ? required[0]?.element.id : undefined;
  const anchored = implementing.find((scored) => scored.match.anchored)?.match;
  return profile.elements.map(({ element }) => {
    const found = implementing.find((scored) => scored.match.elements.has(element.id))?.match;
    const at =
      found !== undefined
        ? { unit: units[found.unit], match: found.elements.get(element.id) }
        : soleRequired === element.id && anchored !== undefined
          ? { unit: units[anchored.unit], match: anchored.anchors[anchored.anchors.length - 1] }
          : undefined;
    const base = { id: element.id, label: element.label, required: element.required };
    if (at?.unit === undefined || at.match === undefined) return { ...base, present: false };
    const [proof] = evidence(at.unit, [at.match]);
    return {
      ...base,
      present: true,
      provision: at.unit.ref,
      ...(proof === undefined ? {} : { evidence: proof }),
    };
  });
}

function statusOf(
  implementing: readonly Scored[],
  elements: readonly ElementResult[],
  conflicts: readonly Conflict[],
): SuggestedStatus {
  if (implementing.length === 0) return 'missing';
  const required = elements.filter((element) => element.required);
  const complete = required.every((element) => element.present);
  if (conflicts.length > 0) return 'partial';
  return complete ? 'aligned' : 'partial';
}

/**
 * Adds the definitions of related terms held in other provisions (the interpretation
 * section's "exploitation") when they bring elements the implementing provisions lack.
 */
function withRelatedDefinitions(
  implementing: readonly Scored[],
  units: readonly AnalysisUnit[],
  obligation: Obligation,
): Scored[] {
  if (implementing.length === 0 || obligation.match?.related === undefined)
    return [...implementing];
  const found = new Set(implementing.flatMap((scored) => [...scored.match.elements.keys()]));
  const used = new Set(implementing.map((scored) => scored.match.unit));
  const extra: Scored[] = [];
  units.forEach((unit, index) => {
    if (used.has(index)) return;
    const elements = relatedElements(unit, profileOf(obligation, unit.language));
    if (![...elements.keys()].some((id) => !found.has(id))) return;
    for (const id of elements.keys()) found.add(id);
    const match: UnitMatch = {
      subject: true,
      unit: index,
      lexical: 0,
      terms: [],
      inHeading: false,
      anchored: false,
      anchors: [],
      elements,
    };
    extra.push({ match, score: 0.5, implements: true });
  });
  return [...implementing, ...extra];
}

/**
 * The provisions that could be relevant: those holding a word of the obligation's subject
 * (its first recognition group, or its terms), plus the best ones by BM25.
 */
function unitsWorthALook(
  obligation: Obligation,
  texts: PreparedTexts,
  lexicalByLanguage: ReadonlyMap<CatalogueLanguage, ReadonlyMap<number, number>>,
): number[] {
  const found = new Set<number>();
  for (const [language, lexical] of lexicalByLanguage) {
    const profile = profileOf(obligation, language);
    const subject = profile.anchors.length > 0 ? (profile.anchors[0] ?? []) : profile.terms;
    for (const index of unitsMatching(texts.postings, texts.units, subject)) found.add(index);
    for (const [index, value] of lexical) if (value >= 0.5) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

/** Above this many relevant provisions, only the closest are matched in full. */
const FULL_MATCH_LIMIT = 30;

/**
 * The relevant provisions to match in full. In a long act (300 sections) many provisions
 * mention a victim or a court; those the recognition rule accepts are always kept, and of
 * the others only the best by BM25.
 */
function closestUnits(
  obligation: Obligation,
  texts: PreparedTexts,
  lexicalByLanguage: ReadonlyMap<CatalogueLanguage, ReadonlyMap<number, number>>,
): { index: number; unit: AnalysisUnit; lexical: number }[] {
  // unitsWorthALook already holds only provisions that name the subject or rank high.
  const relevant = unitsWorthALook(obligation, texts, lexicalByLanguage).flatMap((index) => {
    const unit = texts.units[index];
    if (unit === undefined) return [];
    return [{ index, unit, lexical: lexicalByLanguage.get(unit.language)?.get(index) ?? 0 }];
  });
  if (relevant.length <= FULL_MATCH_LIMIT) return relevant;
  const recognised = (entry: { unit: AnalysisUnit }): boolean => {
    const { anchors } = profileOf(obligation, entry.unit.language);
    return anchors.length > 0 && matchPattern(entry.unit, anchors) !== undefined;
  };
  const kept = new Set(relevant.filter(recognised));
  const others = relevant
    .filter((entry) => !kept.has(entry))
    .sort((a, b) => b.lexical - a.lexical)
    .slice(0, FULL_MATCH_LIMIT);
  return [...kept, ...others].sort((a, b) => a.index - b.index);
}

/**
 * One obligation against the prepared texts, on its own: provisions scored and ranked,
 * elements found, look-alikes and conflicts, a status and its explanation.
 */
export function analyseAlone(obligation: Obligation, texts: PreparedTexts, keep: number): Finding {
  const language = texts.language;
  if (obligation.kind === 'non_legislative') {
    return {
      obligationId: obligation.id,
      status: 'not_applicable',
      candidates: [],
      lookAlikes: [],
      elements: [],
      conflicts: [],
      explanation: explain({ obligation, status: 'not_applicable', language }),
    };
  }
  const scoredUnits: Scored[] = [];
  const lexicalByLanguage = new Map<CatalogueLanguage, ReadonlyMap<number, number>>();
  for (const language of texts.languages)
    lexicalByLanguage.set(
      language,
      texts.lexical.scores(profileOf(obligation, language).query, language),
    );
  for (const { index, unit, lexical } of closestUnits(obligation, texts, lexicalByLanguage)) {
    const profile = profileOf(obligation, unit.language);
    const punishedBy = (texts.punishedBy.get(index) ?? []).flatMap((other) => {
      const referring = texts.units[other];
      return referring === undefined ? [] : [referring];
    });
    const match = matchUnit({ index, unit, lexical, punishedBy }, profile);
    const value = score(match, profile);
    scoredUnits.push({
      match,
      score: value,
      implements: implementsObligation(match, profile, value),
    });
  }
  scoredUnits.sort((a, b) => b.score - a.score || a.match.unit - b.match.unit);
  const best = scoredUnits.find((scored) => scored.implements)?.score ?? 0;
  const implementing = withRelatedDefinitions(
    scoredUnits.filter((scored) => scored.implements && scored.score >= best * 0.5).slice(0, 3),
    texts.units,
    obligation,
  );
  const profile = profileOf(obligation, language);
  const elements = elementResults(profile, implementing, texts.units);
  const conflicts: Conflict[] = scoredUnits.flatMap((scored) => {
    const conflict = scored.match.conflict;
    const unit = texts.units[scored.match.unit];
    return conflict === undefined || unit === undefined
      ? []
      : [
          {
            provision: unit.ref,
            reason: conflict.pattern.reason,
            evidence: evidence(unit, conflict.matches),
          },
        ];
  });
  const checked = runChecks(
    obligation,
    implementing.map((scored) => texts.units[scored.match.unit] as AnalysisUnit),
    language,
  );
  let status = statusOf(implementing, elements, conflicts);
  if (status === 'aligned' && checked.shortfall) status = 'partial';
  // Implementing provisions come first (with the definitions that complete them), then the
  // rest by score, so the ranking an analyst sees starts with what the status rests on.
  const chosen = new Set(implementing.map((scored) => scored.match.unit));
  const ranked = [
    ...implementing,
    ...scoredUnits.filter((scored) => !chosen.has(scored.match.unit)),
  ];
  // Look-alikes are never candidates: they are listed apart, with why they do not count.
  // Under a recognition rule, provisions that name the subject come before those that only
  // share vocabulary with it.
  const ruled = profile.anchors.length > 0;
  const candidates = ranked
    .filter((scored) => scored.match.decoy === undefined)
    .sort((a, b) => (ruled ? Number(b.match.subject) - Number(a.match.subject) : 0))
    .slice(0, keep)
    .map((scored) => toCandidate(scored, texts.units));
  const lookAlikeCandidates = ranked
    .filter((scored) => scored.match.decoy !== undefined)
    .slice(0, 3)
    .map((scored) => toCandidate(scored, texts.units));
  const lookAlikes = lookAlikeCandidates.flatMap((candidate) =>
    candidate.lookAlike === undefined
      ? []
      : [{ provision: candidate.provision, reason: candidate.lookAlike.reason[language] }],
  );
  return {
    obligationId: obligation.id,
    status,
    candidates,
    lookAlikes: lookAlikeCandidates,
    elements,
    conflicts,
    explanation: explain({
      obligation,
      status,
      language,
      provisions: implementing.map(
        (scored) => (texts.units[scored.match.unit] as AnalysisUnit).ref,
      ),
      elements,
      conflicts,
      lookAlikes,
      notes: checked.notes,
    }),
  };
}
