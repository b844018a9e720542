import type { DivisionKind } from '../model/provision.js';

/** What a heading line announces: a division (with its number) or an article/section. */
export type LineHeading =
  | {
      readonly kind: 'division';
      readonly division: DivisionKind;
      readonly num: string;
      /** Words on the same line after the number: the division's heading. */
      readonly rest: string;
    }
  | {
      readonly kind: 'article';
      readonly num: string;
      /** Words on the same line after the number: a heading or the first words of text. */
      readonly rest: string;
      /** A heading already known (a markdown heading read as an unnumbered section). */
      readonly heading?: string;
    };
