import type { DiffSegment } from '../recommendations/word-diff.js';
import type { Status, Text } from './analysis-parts.js';
import type { ReportLanguage } from './report-document.js';

/** What the draft report is written from: plain data, gathered by the services. */

type Counts = Readonly<Record<Status, number>>;

export interface ComparedArticleData {
  readonly label: string;
  readonly heading: string;
  readonly text: string;
}

export interface DraftReportData {
  readonly language: ReportLanguage;
  /** The report's date, ISO. */
  readonly date: string;
  readonly project: { readonly name: string; readonly country: string };
  readonly draft: { readonly title: string; readonly replacesLawTitle: string | null };
  readonly comparison: {
    readonly left: string;
    readonly right: string;
    readonly rows: readonly {
      readonly change: string;
      readonly old: readonly ComparedArticleData[];
      readonly new: readonly ComparedArticleData[];
      readonly diff: readonly DiffSegment[];
      readonly comment: string;
      readonly recommendations: readonly string[];
    }[];
    readonly counts: Readonly<Record<string, number>>;
  };
  readonly coverage: {
    readonly totals: { readonly before: Counts; readonly after: Counts };
    readonly themes: readonly {
      readonly theme: string;
      readonly before: Counts;
      readonly after: Counts;
    }[];
    readonly obligations: readonly {
      readonly obligationId: string;
      readonly title: Text;
      readonly before: Status;
      readonly after: Status;
      readonly change: 'improved' | 'same' | 'regressed';
      readonly articles: readonly string[];
    }[];
    readonly recommendations: readonly {
      readonly label: string;
      readonly title: string;
      readonly addressed: boolean;
      readonly articles: readonly string[];
    }[];
  };
}
