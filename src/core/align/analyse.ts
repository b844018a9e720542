import type { Catalogue, CatalogueLanguage, Obligation } from '../catalogue/types.js';
import type { LegalDocument } from '../model/index.js';
import { explain } from './explain.js';
import type {
  Analysis,
  Candidate,
  Conflict,
  ElementResult,
  Evidence,
  Finding,
  SuggestedStatus,
} from './finding.js';
import { buildLexicalIndex, type LexicalIndex } from './lexical-index.js';
import { isRelevant, matchUnit, relatedElements, type UnitMatch } from './match-unit.js';
import { profileOf, type ObligationProfile } from './profile.js';
import { runChecks } from './checks.js';
import type { TermMatch } from './term-pattern.js';
import { analysisLanguage, buildUnits, type AnalysisUnit } from './units.js';

export interface AnalyseOptions {
  /** Only these obligations (default: the whole catalogue). */
  readonly obligations?: readonly Obligation[];
  /** How many candidate provisions to keep per obligation (default 5). */
  readonly candidates?: number;
}

/** Provisions the engine prepared once, reusable for many analyses of the same texts. */
export interface PreparedTexts {
  readonly units: readonly AnalysisUnit[];
  readonly lexical: LexicalIndex;
  readonly language: CatalogueLanguage;
}

export function prepareTexts(documents: readonly LegalDocument[]): PreparedTexts {
  const units = buildUnits(documents);
  const first = documents[0];
  return {
    units,
    lexical: buildLexicalIndex(units),
    language: first === undefined ? 'en' : analysisLanguage(first),
  };
}

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

function toCandidate(
  scored: Scored,
  units: readonly AnalysisUnit[],
  language: CatalogueLanguage,
): Candidate {
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
    ...(language === unit.language ? {} : {}),
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
  return profile.elements.map(({ element }) => {
    for (const scored of implementing) {
      const match = scored.match.elements.get(element.id);
      const unit = units[scored.match.unit];
      if (match !== undefined && unit !== undefined) {
        const [proof] = evidence(unit, [match]);
        return {
          id: element.id,
          label: element.label,
          required: element.required,
          present: true,
          provision: unit.ref,
          ...(proof === undefined ? {} : { evidence: proof }),
        };
      }
    }
    const anchored = implementing.find((scored) => scored.match.anchored);
    const unit = anchored === undefined ? undefined : units[anchored.match.unit];
    const proofMatch = anchored?.match.anchors[anchored.match.anchors.length - 1];
    if (soleRequired === element.id && unit !== undefined && proofMatch !== undefined) {
      const [proof] = evidence(unit, [proofMatch]);
      return {
        id: element.id,
        label: element.label,
        required: true,
        present: true,
        provision: unit.ref,
        ...(proof === undefined ? {} : { evidence: proof }),
      };
    }
    return { id: element.id, label: element.label, required: element.required, present: false };
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

interface Context {
  readonly texts: PreparedTexts;
  readonly keep: number;
  /** The finding of another obligation, computed once. */
  readonly findingOf: (id: string) => Finding | undefined;
  /** Its finding from its own provisions only (no caps, no derivation), so rules cannot loop. */
  readonly ownFindingOf: (id: string) => Finding | undefined;
}

function withoutPrerequisite(finding: Finding, obligation: Obligation, context: Context): Finding {
  const language = context.texts.language;
  const prerequisite = obligation.match?.requires ?? '';
  const first = finding.candidates[0]?.provision.label;
  const note =
    language === 'fr'
      ? `Le texte ne met pas en œuvre ${prerequisite}, dont cette obligation dépend : ${first ?? 'aucune disposition'} ne peut s’y rattacher.`
      : `The text does not implement ${prerequisite}, on which this obligation depends, so ${first ?? 'no provision'} cannot serve it.`;
  return {
    ...finding,
    status: 'missing',
    candidates: finding.candidates.map((candidate) => ({ ...candidate, implements: false })),
    elements: finding.elements.map((element) => ({
      id: element.id,
      label: element.label,
      required: element.required,
      present: false,
    })),
    explanation: `${explain({ obligation, status: 'missing', language, provisions: [], elements: [], conflicts: [], lookAlikes: [], notes: [] })} ${note}`,
  };
}

function analyseObligation(obligation: Obligation, context: Context): Finding {
  const own = withPrerequisite(obligation, context);
  const derived =
    obligation.match?.from === undefined ? own : derivedFrom(own, obligation, context);
  return capped(derived, obligation, context);
}

/**
 * An obligation about the offence itself (no transnational element, gravity of the
 * penalty) is judged on the provisions that define and punish the offence: the
 * implementing provisions of the obligations named in `from`.
 */
function derivedFrom(own: Finding, obligation: Obligation, context: Context): Finding {
  const { texts } = context;
  const language = texts.language;
  const sources = (obligation.match?.from ?? []).map((id) => context.findingOf(id));
  const seen = new Set<string>();
  const derived: Candidate[] = [];
  for (let rank = 0; rank < 3; rank++) {
    for (const source of sources) {
      const candidate = source?.candidates.filter((item) => item.implements)[rank];
      const key =
        candidate === undefined ? '' : `${candidate.provision.document}:${candidate.provision.eId}`;
      if (candidate === undefined || seen.has(key)) continue;
      seen.add(key);
      derived.push({ ...candidate, lookAlike: undefined, implements: true });
    }
  }
  if (derived.length === 0)
    return {
      ...own,
      status: 'missing',
      candidates: own.candidates.map((c) => ({ ...c, implements: false })),
    };
  // Each source offence is checked on its own: a smuggling offence of three years is not
  // saved by a trafficking offence of twenty.
  const unitsOf = (candidates: readonly Candidate[]): AnalysisUnit[] =>
    candidates.flatMap((candidate) =>
      texts.units.filter(
        (unit) =>
          unit.ref.document === candidate.provision.document &&
          unit.ref.eId === candidate.provision.eId,
      ),
    );
  const checks = sources.map((source) =>
    runChecks(
      obligation,
      unitsOf((source?.candidates ?? []).filter((item) => item.implements)),
      language,
    ),
  );
  const checked = {
    shortfall: checks.some((check) => check.shortfall),
    notes: checks.flatMap((check) => check.notes),
  };
  const rest = own.candidates.filter(
    (candidate) => !seen.has(`${candidate.provision.document}:${candidate.provision.eId}`),
  );
  const status: SuggestedStatus =
    own.conflicts.length > 0 || checked.shortfall ? 'partial' : 'aligned';
  return {
    ...own,
    status,
    candidates: [...derived, ...rest].slice(0, context.keep),
    explanation: explain({
      obligation,
      status,
      language,
      provisions: derived.map((candidate) => candidate.provision),
      elements: [],
      conflicts: own.conflicts,
      lookAlikes: [],
      notes: checked.notes,
    }),
  };
}

function withPrerequisite(obligation: Obligation, context: Context): Finding {
  const finding = analyseAlone(obligation, context.texts, context.keep);
  const prerequisite = obligation.match?.requires;
  if (
    prerequisite === undefined ||
    finding.status === 'missing' ||
    finding.status === 'not_applicable'
  )
    return finding;
  if (context.findingOf(prerequisite)?.status !== 'missing') return finding;
  return withoutPrerequisite(finding, obligation, context);
}

/** An aligned finding becomes partial when an obligation it depends on is not aligned. */
function capped(finding: Finding, obligation: Obligation, context: Context): Finding {
  if (finding.status !== 'aligned') return finding;
  const limits = (obligation.match?.cappedBy ?? []).filter((id) => {
    const status = context.ownFindingOf(id)?.status;
    return status === 'partial' || status === 'missing';
  });
  if (limits.length === 0) return finding;
  const list = limits.join(', ');
  const note =
    context.texts.language === 'fr'
      ? `Elle reste partielle tant que ${list} ne l’est pas entièrement.`
      : `It stays partial while ${list} is not fully met.`;
  return { ...finding, status: 'partial', explanation: `${finding.explanation} ${note}` };
}

function analyseAlone(obligation: Obligation, texts: PreparedTexts, keep: number): Finding {
  const language = texts.language;
  if (obligation.kind === 'non_legislative') {
    return {
      obligationId: obligation.id,
      status: 'not_applicable',
      candidates: [],
      elements: [],
      conflicts: [],
      explanation: explain({
        obligation,
        status: 'not_applicable',
        language,
        provisions: [],
        elements: [],
        conflicts: [],
        lookAlikes: [],
        notes: [],
      }),
    };
  }
  const scoredUnits: Scored[] = [];
  const lexicalByLanguage = new Map<CatalogueLanguage, ReadonlyMap<number, number>>();
  texts.units.forEach((unit, index) => {
    const profile = profileOf(obligation, unit.language);
    let lexical = lexicalByLanguage.get(unit.language);
    if (lexical === undefined) {
      lexical = texts.lexical.scores(profile.query, unit.language);
      lexicalByLanguage.set(unit.language, lexical);
    }
    const lexicalScore = lexical.get(index) ?? 0;
    if (!isRelevant(unit, profile, lexicalScore)) return;
    const match = matchUnit({ index, unit, lexical: lexicalScore }, profile);
    const value = score(match, profile);
    scoredUnits.push({
      match,
      score: value,
      implements: implementsObligation(match, profile, value),
    });
  });
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
  const candidates = [
    ...implementing,
    ...scoredUnits.filter((scored) => !chosen.has(scored.match.unit)),
  ]
    .slice(0, keep)
    .map((scored) => toCandidate(scored, texts.units, language));
  const lookAlikes = candidates
    .slice(0, 3)
    .flatMap((candidate) =>
      candidate.lookAlike === undefined
        ? []
        : [{ provision: candidate.provision, reason: candidate.lookAlike.reason[language] }],
    );
  return {
    obligationId: obligation.id,
    status,
    candidates,
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

/** The engine: per obligation, candidates with evidence, elements, a status and why. */
export function analyse(
  catalogue: Catalogue,
  documents: readonly LegalDocument[],
  options: AnalyseOptions = {},
): Analysis {
  return analysePrepared(catalogue, prepareTexts(documents), options);
}

export function analysePrepared(
  catalogue: Catalogue,
  texts: PreparedTexts,
  options: AnalyseOptions = {},
): Analysis {
  const keep = options.candidates ?? 5;
  const obligations = options.obligations ?? catalogue.obligations;
  const byId = new Map(catalogue.obligations.map((obligation) => [obligation.id, obligation]));
  const memo = new Map<string, Finding>();
  const ownMemo = new Map<string, Finding>();
  const context: Context = {
    texts,
    keep,
    ownFindingOf: (id) => {
      const known = ownMemo.get(id) ?? memo.get(id);
      if (known !== undefined) return known;
      const obligation = byId.get(id);
      if (obligation === undefined) return undefined;
      const finding = withPrerequisite(obligation, context);
      ownMemo.set(id, finding);
      return finding;
    },
    findingOf: (id) => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const obligation = byId.get(id);
      if (obligation === undefined) return undefined;
      const finding = analyseObligation(obligation, context);
      memo.set(id, finding);
      return finding;
    },
  };
  return {
    catalogueVersion: catalogue.version,
    language: texts.language,
    provisions: texts.units.map((unit) => ({
      ref: unit.ref,
      heading: unit.heading,
      text: unit.text,
    })),
    findings: obligations.map(
      (obligation) => context.findingOf(obligation.id) ?? analyseObligation(obligation, context),
    ),
  };
}
