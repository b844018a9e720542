import { formatLevelNumber } from './docx-number-format.js';
import { styleNumbering } from './docx-styles.js';
import type { NumberingReference, WordStyles } from './docx-styles.js';
import { attributeValue, childElement, childElements } from './xml/xml-element.js';
import type { XmlElement } from './xml/xml-element.js';

/** One level (`w:lvl`) of a list definition. */
interface ListLevel {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** `w:lvlRestart`: undefined restarts after any higher level, 0 never, k after level k (1-based). */
  readonly restart: number | undefined;
  /** `w:isLgl`: every number of the label in decimal. */
  readonly legal: boolean;
  /** `w:pStyle`: the paragraph style this level belongs to. */
  readonly styleId: string;
}

interface AbstractList {
  readonly levels: ReadonlyMap<number, ListLevel>;
  /** `w:numStyleLink`: the levels are those of the list this numbering style points to. */
  readonly numStyleLink: string;
}

interface ListInstance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, ListLevel>;
}

/** A paragraph's own numbering properties and style, as read from its `w:pPr`. */
export interface ParagraphNumbering {
  readonly styleId: string;
  readonly reference: NumberingReference | undefined;
}

/** Gives each paragraph, in document order, the label Word shows before it ('' for none). */
export type ParagraphLabeler = (paragraph: ParagraphNumbering) => string;

const integer = (element: XmlElement | undefined, fallback: number): number => {
  const value = element === undefined ? NaN : Number.parseInt(attributeValue(element, 'val'), 10);
  return Number.isInteger(value) ? value : fallback;
};

const value = (element: XmlElement | undefined): string =>
  element === undefined ? '' : attributeValue(element, 'val');

const ilvlOf = (lvl: XmlElement): number => Number.parseInt(attributeValue(lvl, 'ilvl'), 10) || 0;

function readLevel(lvl: XmlElement): ListLevel {
  const restart = childElement(lvl, 'lvlRestart');
  const legal = childElement(lvl, 'isLgl');
  return {
    start: integer(childElement(lvl, 'start'), 0),
    format: value(childElement(lvl, 'numFmt')) || 'decimal',
    text: value(childElement(lvl, 'lvlText')),
    restart: restart === undefined ? undefined : integer(restart, 0),
    legal: legal !== undefined && !['0', 'false', 'off'].includes(value(legal)),
    styleId: value(childElement(lvl, 'pStyle')),
  };
}

function readLevels(parent: XmlElement): Map<number, ListLevel> {
  const levels = new Map<number, ListLevel>();
  for (const lvl of childElements(parent)) {
    if (lvl.name === 'lvl') levels.set(ilvlOf(lvl), readLevel(lvl));
  }
  return levels;
}

function readInstance(num: XmlElement): ListInstance {
  const startOverrides = new Map<number, number>();
  const levelOverrides = new Map<number, ListLevel>();
  for (const override of childElements(num)) {
    if (override.name !== 'lvlOverride') continue;
    const level = ilvlOf(override);
    const start = childElement(override, 'startOverride');
    if (start !== undefined) startOverrides.set(level, integer(start, 0));
    const lvl = childElement(override, 'lvl');
    if (lvl !== undefined) levelOverrides.set(level, readLevel(lvl));
  }
  return { abstractId: value(childElement(num, 'abstractNumId')), startOverrides, levelOverrides };
}

/** The lists of word/numbering.xml. */
export interface WordLists {
  readonly abstracts: ReadonlyMap<string, AbstractList>;
  readonly instances: ReadonlyMap<string, ListInstance>;
}

/** Reads word/numbering.xml; a document without one has no lists. */
export function readWordLists(root: XmlElement | undefined): WordLists {
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  for (const child of root === undefined ? [] : childElements(root)) {
    if (child.name === 'abstractNum') {
      abstracts.set(attributeValue(child, 'abstractNumId'), {
        levels: readLevels(child),
        numStyleLink: value(childElement(child, 'numStyleLink')),
      });
    } else if (child.name === 'num') {
      instances.set(attributeValue(child, 'numId'), readInstance(child));
    }
  }
  return { abstracts, instances };
}

/** Counters of one list definition: the current number of each level, undefined before use. */
interface Counters {
  readonly values: (number | undefined)[];
  readonly starts: Map<number, number>;
}

interface ResolvedList {
  readonly abstractId: string;
  readonly levels: ReadonlyMap<number, ListLevel>;
}

/** An abstract list, through a `w:numStyleLink` to the list its numbering style uses. */
function resolveAbstract(lists: WordLists, styles: WordStyles, abstractId: string): ResolvedList {
  let id = abstractId;
  for (let step = 0; step < 3; step++) {
    const abstract = lists.abstracts.get(id);
    if (abstract === undefined || abstract.numStyleLink === '') break;
    const numId = styleNumbering(styles, abstract.numStyleLink).numId;
    const linked = numId === undefined ? undefined : lists.instances.get(numId);
    if (linked === undefined) break;
    id = linked.abstractId;
  }
  return { abstractId: id, levels: lists.abstracts.get(id)?.levels ?? new Map() };
}

/** Level k of a paragraph in a list: its own `w:ilvl`, its style's, the level tied to its style, or 0. */
function paragraphLevel(
  paragraph: ParagraphNumbering,
  inherited: NumberingReference,
  levels: ReadonlyMap<number, ListLevel>,
): number {
  const own = paragraph.reference?.ilvl ?? inherited.ilvl;
  if (own !== undefined) return own;
  for (const [level, definition] of levels) {
    if (definition.styleId !== '' && definition.styleId === paragraph.styleId) return level;
  }
  return 0;
}

/**
 * A labeler that numbers paragraphs the way Word displays them: one set of counters per
 * list definition, a level's number going up with each paragraph at that level and the
 * deeper levels starting again (unless `w:lvlRestart` says otherwise), `w:startOverride`
 * taking effect at a list's first paragraph, and `%k` in the level text printing level k's
 * current number in that level's format. Bullets are labelled "-". Call it once per
 * paragraph, in document order.
 *
 * @example createParagraphLabeler(lists, styles)({ styleId: 'Heading1', reference: undefined }) // 'TITRE I'
 */
export function createParagraphLabeler(lists: WordLists, styles: WordStyles): ParagraphLabeler {
  const counters = new Map<string, Counters>();
  const used = new Set<string>();
  return (paragraph) => {
    const styleId = paragraph.styleId || styles.defaultParagraphStyle;
    const inherited = styleNumbering(styles, styleId);
    const numId = paragraph.reference?.numId ?? inherited.numId;
    const instance = numId === undefined ? undefined : lists.instances.get(numId);
    if (numId === undefined || instance === undefined) return '';
    const list = resolveAbstract(lists, styles, instance.abstractId);
    const levels = new Map([...list.levels, ...instance.levelOverrides]);
    const level = paragraphLevel({ ...paragraph, styleId }, inherited, levels);
    const definition = levels.get(level);
    if (definition === undefined) return '';
    let state = counters.get(list.abstractId);
    if (state === undefined) {
      state = { values: [], starts: new Map() };
      counters.set(list.abstractId, state);
    }
    if (!used.has(numId)) {
      used.add(numId);
      for (const [overridden, start] of instance.startOverrides) {
        state.values[overridden] = undefined;
        state.starts.set(overridden, start);
      }
    }
    advance(state, levels, level);
    return definition.format === 'bullet' ? '-' : labelText(state, levels, { level, styles });
  };
}

const startOf = (state: Counters, levels: ReadonlyMap<number, ListLevel>, level: number): number =>
  state.starts.get(level) ?? levels.get(level)?.start ?? 0;

function advance(state: Counters, levels: ReadonlyMap<number, ListLevel>, level: number): void {
  const current = state.values[level];
  state.values[level] = current === undefined ? startOf(state, levels, level) : current + 1;
  for (let deeper = level + 1; deeper < state.values.length; deeper++) {
    const restart = levels.get(deeper)?.restart;
    if (restart === undefined || (restart > 0 && level < restart)) state.values[deeper] = undefined;
  }
}

function labelText(
  state: Counters,
  levels: ReadonlyMap<number, ListLevel>,
  at: { readonly level: number; readonly styles: WordStyles },
): string {
  const legal = levels.get(at.level)?.legal ?? false;
  const text = levels.get(at.level)?.text ?? '';
  return text
    .replace(/%([1-9])/g, (_, digit: string) => {
      const level = Number(digit) - 1;
      const number = state.values[level] ?? startOf(state, levels, level);
      const format = legal ? 'decimal' : (levels.get(level)?.format ?? 'decimal');
      return format === 'bullet' ? '' : formatLevelNumber(number, format, at.styles.language);
    })
    .trim();
}
