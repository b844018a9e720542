/** A rectangle on a page image, in pixels from its top-left corner. */
export interface OcrBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One word as the engine read it; confidence from 0 to 100. */
export interface OcrWord {
  readonly text: string;
  readonly confidence: number;
  readonly box: OcrBox;
}

/** A line as the engine segmented it (it may run across two columns). */
export interface RecognizedLine {
  readonly words: readonly OcrWord[];
  readonly confidence: number;
  readonly box: OcrBox;
}

/** What the engine read on one page image. */
export interface RecognizedPage {
  readonly width: number;
  readonly height: number;
  /** Mean word confidence of the page, 0 to 100. */
  readonly confidence: number;
  readonly lines: readonly RecognizedLine[];
}

/** A line of text in reading order, with where it is on which page and how sure the engine is. */
export interface OcrLine {
  readonly text: string;
  /** 1-based page of the scan. */
  readonly page: number;
  readonly box: OcrBox;
  /** Mean confidence of the line's words, 0 to 100. */
  readonly confidence: number;
  /** True for the first line of a new block (a paragraph break in the text). */
  readonly startsBlock: boolean;
}

/** Covers both boxes. */
export function unionBox(a: OcrBox, b: OcrBox): OcrBox {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}
