import type { ReportLanguage } from './report-document.js';

/** What the workshop report is written from: plain data, gathered by the services. */

export interface SexCountsData {
  readonly female: number;
  readonly male: number;
  readonly undisclosed: number;
  readonly total: number;
}

export interface WorkshopReportData {
  readonly language: ReportLanguage;
  /** The report's date, ISO. */
  readonly date: string;
  readonly project: { readonly name: string; readonly country: string };
  readonly workshop: {
    readonly title: string;
    readonly startsOn: string;
    readonly endsOn: string;
    readonly place: string;
    readonly organisers: string;
    readonly partners: string;
    readonly description: string;
  };
  readonly agenda: readonly {
    readonly day: string;
    readonly sessions: readonly {
      readonly startsAt: string;
      readonly endsAt: string;
      readonly title: string;
      readonly description: string;
      /** Labels of the recommendations discussed: R1, R4. */
      readonly recommendations: readonly string[];
    }[];
  }[];
  readonly statistics: {
    readonly participants: SexCountsData;
    readonly bySector: readonly { readonly sector: string; readonly counts: SexCountsData }[];
    readonly attendanceByDay: readonly { readonly day: string; readonly counts: SexCountsData }[];
    readonly attendees: SexCountsData;
  };
  readonly decisions: readonly {
    readonly label: string;
    readonly title: string;
    readonly status: string;
    readonly method: string | null;
    readonly tally: {
      readonly for: number;
      readonly against: number;
      readonly abstain: number;
    } | null;
  }[];
  /** Name, organisation, sector and sex only; null when the list is left out. */
  readonly participants:
    | readonly {
        readonly name: string;
        readonly organisation: string;
        readonly sector: string;
        readonly sex: string;
      }[]
    | null;
}
