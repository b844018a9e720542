import type { Bilingual, Catalogue, InstrumentCode, Obligation } from '../catalogue/types.js';
import type { Analysis } from '../align/finding.js';

/**
 * Coverage before and after a draft: the engine's findings on the laws in force ("before")
 * against its findings on the laws as the draft would leave them ("after": the laws in force
 * minus the one the draft replaces, plus the draft), per obligation, per theme and in total,
 * with the regressions and the recommendations the draft addresses.
 *
 * Statuses:
 * - a finding's status as the engine suggests it; an obligation with no finding (no
 *   "before" at all, or left out of an analysis) counts as `not_assessed`;
 * - change: aligned > partial > missing. `improved` / `regressed` compare those three; a
 *   `before` that was not assessed counts as missing (something covered now is an
 *   improvement), while `not_applicable` on either side, or an `after` not assessed, is
 *   never a change (`same`).
 *
 * Articles of an obligation: the draft's written articles the engine proposes as
 * implementing it in "after" (`implements: true`, `via: engine`), those a drafter linked to
 * it (`via: link`), or both. Placeholders are left out (they are not analysed and cover
 * nothing yet). `linkedButNotFound`: a drafter linked written articles to it and the engine
 * finds it implemented in none of them.
 */

export type CoverageStatus = 'aligned' | 'partial' | 'missing' | 'not_applicable' | 'not_assessed';

export const COVERAGE_STATUSES: readonly CoverageStatus[] = [
  'aligned',
  'partial',
  'missing',
  'not_applicable',
  'not_assessed',
];

export type StatusCounts = Record<CoverageStatus, number>;

export interface CoverageArticle {
  readonly key: string;
  readonly label: string;
  readonly placeholder: boolean;
  readonly recommendationIds: readonly string[];
  readonly obligationIds: readonly string[];
}

export interface CoverageInput {
  readonly catalogue: Catalogue;
  /** The obligations to report (the whole catalogue, or one instrument's). */
  readonly obligations: readonly Obligation[];
  /**
   * The engine's status of each obligation on the laws in force (a project's stored engine
   * statuses, or `analyse(…).findings`); null when there is nothing to compare with.
   */
  readonly before:
    readonly { readonly obligationId: string; readonly status: CoverageStatus }[] | null;
  readonly after: Analysis;
  /** Index of the draft among the documents analysed for `after`. */
  readonly draftDocument: number;
  /** The draft's eIds (in the analysed document) to its node keys. */
  readonly keyOfEId: ReadonlyMap<string, string>;
  /** The draft's articles in order, with their labels as numbered today. */
  readonly articles: readonly CoverageArticle[];
  /** The recommendations to report (the adopted ones), in the order to show them. */
  readonly recommendations: readonly {
    readonly id: string;
    readonly label: string;
    readonly title: string;
    readonly obligationIds: readonly string[];
  }[];
}

export interface CoverageArticleRef {
  readonly key: string;
  readonly label: string;
  readonly via: 'engine' | 'link' | 'both';
}

export interface ObligationCoverage {
  readonly obligationId: string;
  readonly instrument: InstrumentCode;
  readonly theme: string;
  readonly title: Bilingual;
  readonly before: CoverageStatus;
  readonly after: CoverageStatus;
  readonly change: 'improved' | 'same' | 'regressed';
  readonly articles: CoverageArticleRef[];
  readonly linkedButNotFound: boolean;
}

export interface ThemeCoverage {
  readonly theme: string;
  readonly before: StatusCounts;
  readonly after: StatusCounts;
}

export interface RecommendationCoverage {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly addressed: boolean;
  readonly articles: {
    readonly key: string;
    readonly label: string;
    readonly placeholder: boolean;
  }[];
}

export interface CoverageResult {
  readonly totals: { readonly before: StatusCounts; readonly after: StatusCounts };
  readonly themes: ThemeCoverage[];
  readonly obligations: ObligationCoverage[];
  /** Obligations covered less well after than before, in catalogue order. */
  readonly regressions: string[];
  readonly recommendations: RecommendationCoverage[];
}

const RANK: Readonly<Partial<Record<CoverageStatus, number>>> = {
  aligned: 2,
  partial: 1,
  missing: 0,
};

function emptyCounts(): StatusCounts {
  return { aligned: 0, partial: 0, missing: 0, not_applicable: 0, not_assessed: 0 };
}

/** How an obligation's status moved between the two analyses (see the module comment). */
export function coverageChange(
  before: CoverageStatus,
  after: CoverageStatus,
): 'improved' | 'same' | 'regressed' {
  const to = RANK[after];
  const from = before === 'not_assessed' ? 0 : RANK[before];
  if (to === undefined || from === undefined || to === from) return 'same';
  return to > from ? 'improved' : 'regressed';
}

export function compareCoverage(input: CoverageInput): CoverageResult {
  const position = new Map(input.catalogue.obligations.map((obligation, i) => [obligation.id, i]));
  const obligations = [...input.obligations].sort(
    (a, b) =>
      (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) -
      (position.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
  const beforeOf = new Map((input.before ?? []).map((finding) => [finding.obligationId, finding]));
  const afterOf = new Map(input.after.findings.map((finding) => [finding.obligationId, finding]));
  const articleOf = new Map(input.articles.map((article) => [article.key, article]));

  const rows = obligations.map((obligation): ObligationCoverage => {
    const before: CoverageStatus = beforeOf.get(obligation.id)?.status ?? 'not_assessed';
    const afterFinding = afterOf.get(obligation.id);
    const after: CoverageStatus = afterFinding?.status ?? 'not_assessed';

    const engine = new Map<string, string>();
    for (const candidate of afterFinding?.candidates ?? []) {
      if (!candidate.implements || candidate.provision.document !== input.draftDocument) continue;
      const key = input.keyOfEId.get(candidate.provision.eId);
      if (key === undefined || articleOf.get(key)?.placeholder === true) continue;
      if (!engine.has(key)) engine.set(key, articleOf.get(key)?.label ?? candidate.provision.label);
    }
    const linked = input.articles.filter(
      (article) => !article.placeholder && article.obligationIds.includes(obligation.id),
    );
    const linkedKeys = new Set(linked.map((article) => article.key));
    // The draft's order: the articles as listed, any engine key not listed after them.
    const keys = [
      ...input.articles
        .map((article) => article.key)
        .filter((key) => engine.has(key) || linkedKeys.has(key)),
      ...[...engine.keys()].filter((key) => !articleOf.has(key)),
    ];
    const articles = keys.map((key): CoverageArticleRef => {
      const found = engine.has(key);
      const link = linkedKeys.has(key);
      return {
        key,
        label: articleOf.get(key)?.label ?? engine.get(key) ?? key,
        via: found && link ? 'both' : found ? 'engine' : 'link',
      };
    });
    return {
      obligationId: obligation.id,
      instrument: obligation.instrument,
      theme: obligation.theme,
      title: obligation.title,
      before,
      after,
      change: coverageChange(before, after),
      articles,
      linkedButNotFound: linked.length > 0 && !linked.some((article) => engine.has(article.key)),
    };
  });

  const totals = { before: emptyCounts(), after: emptyCounts() };
  const themes = new Map<string, ThemeCoverage>();
  for (const row of rows) {
    totals.before[row.before] += 1;
    totals.after[row.after] += 1;
    let theme = themes.get(row.theme);
    if (theme === undefined) {
      theme = { theme: row.theme, before: emptyCounts(), after: emptyCounts() };
      themes.set(row.theme, theme);
    }
    theme.before[row.before] += 1;
    theme.after[row.after] += 1;
  }

  const recommendations = input.recommendations.map((recommendation): RecommendationCoverage => {
    const articles = input.articles
      .filter((article) => article.recommendationIds.includes(recommendation.id))
      .map((article) => ({
        key: article.key,
        label: article.label,
        placeholder: article.placeholder,
      }));
    return {
      id: recommendation.id,
      label: recommendation.label,
      title: recommendation.title,
      addressed: articles.some((article) => !article.placeholder),
      articles,
    };
  });

  return {
    totals,
    themes: [...themes.values()],
    obligations: rows,
    regressions: rows.filter((row) => row.change === 'regressed').map((row) => row.obligationId),
    recommendations,
  };
}
