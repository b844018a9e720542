import type { OcrBox, OcrLine, OcrWord, RecognizedLine, RecognizedPage } from './ocr-types.js';

/** Lines whose words the engine is less sure of than this are noise from images (stamps, emblems). */
const NOISE_CONFIDENCE = 45;
/** Running headers and footers sit within this share of the page height from its edge. */
const EDGE_BAND = 0.06;
/** Page numbers sit within this share of the page height from its edge. */
const FOLIO_BAND = 0.12;
/** A gap between two words this many word heights wide separates two columns. */
const GUTTER_WORD_HEIGHTS = 1.4;
/** The gutter is looked for in this middle part of the text's width. */
const GUTTER_ZONE = [0.3, 0.7] as const;
/** Fewer lines split at the gutter than this: one column. */
const MIN_SPLIT_LINES = 3;
/** A line this many times the usual line pitch below the one before starts a new paragraph. */
const PARAGRAPH_PITCH = 1.2;

/** What reading a page dropped, for the diagnostics. */
export interface PageLayout {
  readonly lines: readonly OcrLine[];
  readonly furniture: number;
  readonly noise: number;
  readonly columns: 1 | 2;
}

/** A line placed in deskewed page coordinates, for ordering only. */
interface Placed {
  readonly words: readonly OcrWord[];
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The page's skew as a slope (dy per dx), from the word centres of its longer lines. */
function skewSlope(lines: readonly RecognizedLine[]): number {
  const slopes: number[] = [];
  for (const line of lines) {
    const first = line.words[0];
    const last = line.words[line.words.length - 1];
    if (line.words.length < 4 || first === undefined || last === undefined) continue;
    const dx = last.box.x + last.box.width / 2 - (first.box.x + first.box.width / 2);
    const dy = last.box.y + last.box.height - (first.box.y + first.box.height);
    if (dx > 0) slopes.push(dy / dx);
  }
  return slopes.length === 0 ? 0 : median(slopes);
}

function place(words: readonly OcrWord[], slope: number): Placed {
  const ys = words.map((word) => word.box.y + word.box.height / 2 - slope * word.box.x);
  const xs = words.map((word) => word.box.x + slope * word.box.y);
  const heights = words.map((word) => word.box.height);
  const centre = median(ys);
  const height = median(heights);
  return {
    words,
    top: centre - height / 2,
    bottom: centre + height / 2,
    left: Math.min(...xs),
    right: Math.max(...words.map((word, i) => (xs[i] ?? 0) + word.box.width)),
  };
}

function wordLeft(word: OcrWord, slope: number): number {
  return word.box.x + slope * word.box.y;
}

/** Where a line splits at `x`: the words either side when the gap there is wide; else undefined. */
function splitAt(
  line: Placed,
  x: number,
  context: { readonly slope: number; readonly minGap: number },
): [OcrWord[], OcrWord[]] | undefined {
  const left = line.words.filter((word) => wordLeft(word, context.slope) + word.box.width <= x);
  const right = line.words.filter((word) => wordLeft(word, context.slope) >= x);
  if (left.length + right.length !== line.words.length || left.length === 0 || right.length === 0) {
    return undefined;
  }
  const lastLeft = Math.max(...left.map((word) => wordLeft(word, context.slope) + word.box.width));
  const firstRight = Math.min(...right.map((word) => wordLeft(word, context.slope)));
  return firstRight - lastLeft >= context.minGap ? [left, right] : undefined;
}

/** The most of `values` that lie within `tolerance` of one another: lines sharing a left edge. */
function largestCluster(values: readonly number[], tolerance: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) > tolerance) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/**
 * The x of the gutter between two columns, or undefined on a one-column page: the x with the
 * most lines left of it and, right of it, the most lines starting at one left edge (a
 * column's margin, not centred headings); lines the engine ran across both count for both.
 */
function findGutter(
  lines: readonly Placed[],
  context: { readonly slope: number; readonly minGap: number },
): number | undefined {
  if (lines.length === 0) return undefined;
  const textLeft = Math.min(...lines.map((line) => line.left));
  const textRight = Math.max(...lines.map((line) => line.right));
  const width = textRight - textLeft;
  let best: { x: number; end: number; score: number } | undefined;
  const step = Math.max(2, Math.round(width / 400));
  for (
    let x = textLeft + width * GUTTER_ZONE[0];
    x <= textLeft + width * GUTTER_ZONE[1];
    x += step
  ) {
    const splits = lines.filter((line) => splitAt(line, x, context) !== undefined).length;
    const left = lines.filter((line) => line.right <= x).length;
    const rightEdges = lines.filter((line) => line.left >= x).map((line) => line.left);
    const right = largestCluster(rightEdges, context.minGap / 2);
    const score = Math.min(left, right) + splits;
    if (best === undefined || score > best.score) best = { x, end: x, score };
    else if (score === best.score && best.end === x - step) best.end = x;
  }
  const needed = Math.max(MIN_SPLIT_LINES, Math.round(lines.length * 0.15));
  return best !== undefined && best.score >= needed ? (best.x + best.end) / 2 : undefined;
}

function boxOf(words: readonly OcrWord[]): OcrBox {
  const x = Math.min(...words.map((word) => word.box.x));
  const y = Math.min(...words.map((word) => word.box.y));
  const right = Math.max(...words.map((word) => word.box.x + word.box.width));
  const bottom = Math.max(...words.map((word) => word.box.y + word.box.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Lines in reading order: full-width lines in place, each two-column band left then right. */
function readingOrder(
  lines: readonly Placed[],
  gutter: number | undefined,
  context: { readonly slope: number; readonly minGap: number },
): Placed[] {
  const sorted = [...lines].sort((a, b) => a.top - b.top || a.left - b.left);
  if (gutter === undefined) return sorted;
  const { slope } = context;
  const ordered: Placed[] = [];
  let left: Placed[] = [];
  let right: Placed[] = [];
  const flush = (): void => {
    ordered.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of sorted) {
    const split = splitAt(line, gutter, context);
    if (line.right <= gutter) left.push(line);
    else if (line.left >= gutter) right.push(line);
    else if (split !== undefined) {
      left.push(place(split[0], slope));
      right.push(place(split[1], slope));
    } else {
      flush();
      ordered.push(line);
    }
  }
  flush();
  return ordered;
}

function isPageNumber(text: string): boolean {
  return /^[^\p{L}\d]*(page|p\.)?\s*\d{1,4}[^\p{L}\d]*$/iu.test(text);
}

function lineText(words: readonly OcrWord[]): string {
  return words.map((word) => word.text).join(' ');
}

function meanConfidence(words: readonly OcrWord[]): number {
  return words.reduce((sum, word) => sum + word.confidence, 0) / Math.max(1, words.length);
}

/**
 * Reads a recognised page in order: finds two columns by the gutter between them (on a
 * skewed scan too), reads each band of columns left then right, drops running headers,
 * footers and page numbers at the page edges, and drops the low-confidence noise that
 * stamps, emblems and photographs leave, so they do not break the text's flow.
 */
export function readPageLayout(recognized: RecognizedPage, page: number): PageLayout {
  const slope = skewSlope(recognized.lines);
  let noise = 0;
  const kept: Placed[] = [];
  for (const line of recognized.lines) {
    const words = line.words;
    const letters = lineText(words).replace(/[^\p{L}\d]/gu, '').length;
    if (meanConfidence(words) < NOISE_CONFIDENCE || letters === 0) noise++;
    else kept.push(place(words, slope));
  }
  const wordHeight = median(kept.flatMap((line) => line.words.map((word) => word.box.height)));
  const context = { slope, minGap: wordHeight * GUTTER_WORD_HEIGHTS };
  const gutter = findGutter(kept, context);
  const ordered = readingOrder(kept, gutter, context);
  let furniture = 0;
  const lines: OcrLine[] = [];
  const centre = (line: Placed): number => (line.top + line.bottom) / 2;
  const pitches = ordered
    .slice(1)
    .map((line, i) => centre(line) - centre(ordered[i] ?? line))
    .filter((pitch) => pitch > 0);
  const pitch = median(pitches);
  let previous: Placed | undefined;
  for (const [index, line] of ordered.entries()) {
    const text = lineText(line.words);
    const fromTop = line.top / recognized.height;
    const fromBottom = 1 - line.bottom / recognized.height;
    const edge = index === 0 || index === ordered.length - 1;
    const header = edge && (fromTop < EDGE_BAND || fromBottom < EDGE_BAND);
    const folio = (fromTop < FOLIO_BAND || fromBottom < FOLIO_BAND) && isPageNumber(text);
    if (header || folio) {
      furniture++;
      continue;
    }
    const step = previous === undefined ? Infinity : centre(line) - centre(previous);
    lines.push({
      text,
      page,
      box: boxOf(line.words),
      confidence: meanConfidence(line.words),
      startsBlock: step > pitch * PARAGRAPH_PITCH || step < 0,
    });
    previous = line;
  }
  return { lines, furniture, noise, columns: gutter === undefined ? 1 : 2 };
}
