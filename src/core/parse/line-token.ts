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
