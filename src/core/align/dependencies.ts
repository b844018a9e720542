import type { Obligation } from '../catalogue/types.js';
import { runChecks } from './checks.js';
import { explain } from './explain.js';
import type { Candidate, Finding, SuggestedStatus } from './finding.js';
import { analyseAlone } from './obligation-finding.js';
import type { PreparedTexts } from './prepared-texts.js';
import { provisionKey, type AnalysisUnit } from './units.js';

/**
 * Obligations that depend on others: a prerequisite (`requires`), a cap (`cappedBy`) and
 * judgement on another obligation's provisions (`from`).
 */
export interface Context {
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
    explanation: `${explain({ obligation, status: 'missing', language })} ${note}`,
  };
}

export function analyseObligation(obligation: Obligation, context: Context): Finding {
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
      if (candidate === undefined || seen.has(provisionKey(candidate.provision))) continue;
      seen.add(provisionKey(candidate.provision));
      derived.push(candidate);
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
  // A provision's penalty may sit in another that punishes it by reference.
  const unitsOf = (candidates: readonly Candidate[]): AnalysisUnit[] =>
    candidates.flatMap((candidate) => {
      const index = texts.units.findIndex(
        (unit) => provisionKey(unit.ref) === provisionKey(candidate.provision),
      );
      return [index, ...(texts.punishedBy.get(index) ?? [])].flatMap((at) => {
        const unit = texts.units[at];
        return unit === undefined ? [] : [unit];
      });
    });
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
  const rest = own.candidates.filter((candidate) => !seen.has(provisionKey(candidate.provision)));
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
      conflicts: own.conflicts,
      notes: checked.notes,
    }),
  };
}

export function withPrerequisite(obligation: Obligation, context: Context): Finding {
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
