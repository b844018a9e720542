import type { ItemMarker } from './item-marker.js';
import type { LineHeading } from './line-heading.js';
import type { SourceLine } from './source-line.js';

/** A source line with what the classifier saw in it. */
export type LineToken =
  | { readonly type: 'blank'; readonly source: SourceLine }
  | { readonly type: 'heading'; readonly heading: LineHeading; readonly source: SourceLine }
  | {
      readonly type: 'text';
      readonly source: SourceLine;
      /** A marker given by the layout (nested markdown list number) rather than the words. */
      readonly marker?: ItemMarker;
    };

/**
 * The classified lines of a text, read by index. Only headings and marked lines are stored;
 * plain and blank lines are described on request, so a long law does not keep one more
 * object per line. Arrays of tokens fit this shape too.
 */
export interface TokenList {
  readonly length: number;
  /** The token of line `index` (0-based), undefined outside the list. */
  at(index: number): LineToken | undefined;
}
