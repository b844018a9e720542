import type { DiffSegment } from '../recommendations/word-diff.js';

/**
 * A report as LexAlign writes it, before any format: what decision-makers read (the
 * legislative analysis report, the workshop report, the draft's comparative table). One
 * ReportDocument is rendered as HTML (and PDF from that HTML) and as DOCX, so every format
 * says the same thing. All texts are already in the report's language.
 */

export type ReportKind = 'analysis' | 'workshop' | 'draft';
export const REPORT_KINDS: readonly ReportKind[] = ['analysis', 'workshop', 'draft'];
export type ReportFormat = 'html' | 'pdf' | 'docx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'docx'];
export type ReportLanguage = 'fr' | 'en';

/** A status shown with its colour and its word (never colour alone). */
export type ReportTone =
  'aligned' | 'partial' | 'missing' | 'not_applicable' | 'not_assessed' | 'neutral';

export interface ReportCover {
  /** "Analyse législative", "Legislative analysis". */
  readonly kicker: string;
  readonly title: string;
  readonly subtitle: string;
  /** Label/value lines: country, texts analysed, date, authors, catalogue version… */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
}

export interface ReportDocument {
  readonly kind: ReportKind;
  readonly language: ReportLanguage;
  /** Running title (page headers, document properties). */
  readonly title: string;
  readonly cover: ReportCover;
  /** "Table des matières", "Contents"; the sections' headings make it. */
  readonly contentsHeading: string;
  readonly sections: readonly ReportSection[];
  /** The footer line: "LexAlign — 29 novembre 2026". Page numbers are added by each format. */
  readonly footer: string;
}

export interface ReportSection {
  /** Stable anchor: `summary`, `concordance`, `annex-catalogue`. */
  readonly id: string;
  readonly heading: string;
  readonly level: 1 | 2 | 3;
  /** Annexes and long tables start on a new page. */
  readonly pageBreakBefore: boolean;
  readonly blocks: readonly ReportBlock[];
}

export type ReportBlock =
  | { readonly type: 'paragraph'; readonly text: string; readonly style?: 'lead' | 'note' }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  /** Key figures shown side by side: "67 / 243 obligations covered". */
  | {
      readonly type: 'figures';
      readonly items: readonly {
        readonly label: string;
        readonly value: string;
        readonly detail?: string;
        /** The status the figure counts, shown by its colour beside the label. */
        readonly tone?: ReportTone;
      }[];
    }
  | { readonly type: 'chart'; readonly chart: ReportChart }
  | { readonly type: 'table'; readonly table: ReportTable };

/** Horizontal bars, one group per category; stacked series add up to the category's total. */
export interface ReportChart {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly label: string;
    readonly tone: ReportTone | 'before' | 'after' | 'female' | 'male' | 'other';
    readonly values: readonly number[];
  }[];
  readonly stacked: boolean;
  /** What a value counts: "obligations", "participants". */
  readonly unit: string;
  /** A sentence saying what the chart shows, for screen readers and as the figure's caption. */
  readonly description: string;
}

export interface ReportTable {
  readonly caption: string;
  readonly columns: readonly {
    readonly label: string;
    /** Share of the width, in per cent; the columns add up to about 100. */
    readonly width: number;
    readonly align?: 'left' | 'right' | 'center';
  }[];
  readonly rows: readonly (readonly ReportCell[])[];
}

export interface ReportCell {
  readonly text: string;
  /** A status or category shown with its colour and its word. */
  readonly tone?: ReportTone;
  /** Word-level changes (the comparative table): rendered as insertions and deletions. */
  readonly diff?: readonly DiffSegment[];
  /** Secondary lines under the text (evidence, provisions). */
  readonly lines?: readonly string[];
  readonly bold?: boolean;
}
