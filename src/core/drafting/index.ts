export type * from './draft-document.js';
export { DRAFT_DIVISION_KINDS, DRAFT_NODE_KINDS } from './draft-document.js';
export { DRAFT_ITEM_STYLES, defaultItemStyle, itemMarker } from './item-style.js';
export { createBlankDraft } from './create-blank-draft.js';
export type { BlankDraftInput } from './create-blank-draft.js';
export { articleWord, draftLanguage, numberDraft } from './draft-numbering.js';
export type { DraftLanguage, DraftNumbers } from './draft-numbering.js';
export {
  DANGLING_REFERENCE,
  referenceToken,
  referencedKeys,
  renderText,
  resolverOf,
  scanReferences,
  tokenizeReferences,
} from './cross-references.js';
export type { ReferenceMatch, ReferenceResolver } from './cross-references.js';
export {
  articleBodyLines,
  parseArticleBody,
  readArticleBody,
  renderArticleBody,
} from './article-body.js';
export type { BodyUnit } from './article-body.js';
export { canContain, findDraftNode, listDraftArticles, walkDraft } from './draft-tree.js';
export { applyDraftEdit } from './edit-draft.js';
export type { EditContext, EditOutcome } from './edit-draft.js';
export { pasteText } from './paste-text.js';
export { PLACEHOLDER_MARKER, draftToLegalDocument } from './draft-to-legal-document.js';
export type { DraftToLegalOptions } from './draft-to-legal-document.js';
export { draftFromLaw } from './draft-from-law.js';
export { THEME_HEADINGS, draftOutline } from './draft-outline.js';
export type { DraftOutlineInput } from './draft-outline.js';
export { draftComparableArticles } from './draft-articles.js';
export { draftProblems } from './draft-problems.js';
export type { DraftCoreProblem } from './draft-problems.js';
export { ARTICLE_CHANGES, compareArticles } from './compare-articles.js';
export type { ArticleChange, ArticleComparison, ComparisonRow } from './compare-articles.js';
export { comparisonComment } from './comparison-comment.js';
export { articleWording, divisionTitle, lawComparableArticles } from './law-articles.js';
export { COVERAGE_STATUSES, compareCoverage, coverageChange } from './draft-coverage.js';
export type {
  CoverageArticle,
  CoverageArticleRef,
  CoverageInput,
  CoverageResult,
  CoverageStatus,
  ObligationCoverage,
  RecommendationCoverage,
  StatusCounts,
  ThemeCoverage,
} from './draft-coverage.js';
