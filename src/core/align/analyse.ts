import type { Catalogue, Obligation } from '../catalogue/types.js';
import type { LegalDocument } from '../model/index.js';
import { analyseObligation, withPrerequisite, type Context } from './dependencies.js';
import type { Analysis, Finding } from './finding.js';
import { prepareTexts, type PreparedTexts } from './prepared-texts.js';

export { prepareTexts, type PreparedTexts } from './prepared-texts.js';

export interface AnalyseOptions {
  /** Only these obligations (default: the whole catalogue). */
  readonly obligations?: readonly Obligation[];
  /** How many candidate provisions to keep per obligation (default 5). */
  readonly candidates?: number;
}

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
  /** Each finding computed once, on demand, whatever the order of the dependencies. */
  const memoised = (
    memo: Map<string, Finding>,
    compute: (obligation: Obligation) => Finding,
  ): ((id: string) => Finding | undefined) => {
    return (id) => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const obligation = byId.get(id);
      if (obligation === undefined) return undefined;
      const finding = compute(obligation);
      memo.set(id, finding);
      return finding;
    };
  };
  const findings = new Map<string, Finding>();
  const own = new Map<string, Finding>();
  const context: Context = {
    texts,
    keep,
    findingOf: memoised(findings, (obligation) => analyseObligation(obligation, context)),
    ownFindingOf: (id) =>
      findings.get(id) ?? memoised(own, (obligation) => withPrerequisite(obligation, context))(id),
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
