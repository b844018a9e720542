import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
} from 'docx';
import type { IParagraphOptions, IStylesOptions } from 'docx';
import type { LegalDocument, Numbering } from '../core/model/legal-document.js';
import type { Article, Division, DivisionKind, Subdivision } from '../core/model/provision.js';
import { isSameLineHeading } from '../core/parse/heading-text.js';
import { isPlaceholderArticle } from './draft-placeholder.js';

/** What the caller says about the export: the language of the labels, and a line under the title. */
export interface LawDocxOptions {
  readonly language: 'fr' | 'en';
  /** E.g. "Version 2 — 12 décembre 2026"; left out when absent or empty. */
  readonly subtitle?: string;
}

/** An A4 page in twentieths of a point, with 2.5 cm margins. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1418;
/** One indentation step of items: 1 cm. */
const STEP = 567;
/** Fonts every Word, LibreOffice and phone viewer has: nothing is embedded or downloaded. */
const BODY_FONT = 'Times New Roman';
const HEADING_FONT = 'Arial';
/** The grey behind articles still to be drafted. */
const PLACEHOLDER_FILL = 'D9D9D9';

const WORDS = {
  fr: {
    bill: 'Projet de loi',
    explanatoryNote: 'Exposé des motifs',
    page: 'Page',
    of: '/',
    divisions: {
      book: 'Livre',
      part: 'Partie',
      title: 'Titre',
      chapter: 'Chapitre',
      section: 'Section',
      subsection: 'Sous-section',
      division: 'Division',
      annex: 'Annexe',
    },
    separator: ' : ',
  },
  en: {
    bill: 'Bill',
    explanatoryNote: 'Explanatory memorandum',
    page: 'Page',
    of: '/',
    divisions: {
      book: 'Book',
      part: 'Part',
      title: 'Title',
      chapter: 'Chapter',
      section: 'Division',
      subsection: 'Subdivision',
      division: 'Division',
      annex: 'Schedule',
    },
    separator: '—',
  },
} as const satisfies Record<
  'fr' | 'en',
  {
    readonly divisions: Record<DivisionKind, string>;
    readonly [word: string]: unknown;
  }
>;

type Words = (typeof WORDS)['fr' | 'en'];

/** What every writer below needs: the language's words and how the citable unit is called. */
interface Context {
  readonly words: Words;
  readonly language: 'fr' | 'en';
  /**
   * How articles are printed: `section` ("12. Interpretation") only for a Commonwealth act
   * in English; a French text calls its citable units "articles" whatever the numbering
   * (the French version of a Canadian act says "article 117").
   */
  readonly numbering: Numbering;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * A division's label as printed: "TITRE II : DES INFRACTIONS", "PART I—PRELIMINARY". The
 * label word is in capitals as in gazettes, the heading as the law writes it. In a
 * Commonwealth act a grouping "section" is a Division (the section is the citable unit).
 */
function divisionLabel(node: Division, context: Context): string {
  const word = context.words.divisions[node.kind];
  const label = [word.toUpperCase(), node.num].filter((part) => part !== '').join(' ');
  return node.heading === '' ? label : `${label}${context.words.separator}${node.heading}`;
}

/**
 * An article's label with the heading given ('' for none): "Article 1er" (civil-law
 * numbering, in both languages), "12." (a Commonwealth section, printed as its number);
 * with a heading "Article 1er : Objet", "12. Interpretation".
 */
function articleLabel(article: Article, heading: string, context: Context): string {
  if (context.numbering === 'section') {
    const number = article.num === '' ? '' : `${article.num}.`;
    return [number, heading].filter((part) => part !== '').join(' ');
  }
  const label = article.num === '' ? 'Article' : `Article ${article.num}`;
  return heading === '' ? label : `${label}${labelJoiner(context)}${heading}`;
}

/** How a paragraph of an article looks: where it starts, and whether it is still to be drafted. */
interface Look {
  readonly left: number;
  readonly hanging: number;
  readonly placeholder: boolean;
  /** Space above the first paragraph, setting an article apart from the one before. */
  readonly before?: number;
}

const FLUSH: Look = { left: 0, hanging: 0, placeholder: false };
const ARTICLE_SPACE = 240;

/** A run of text; placeholders are in italics. Only what is set is written. */
function run(text: string, look: Look, bold = false): TextRun {
  return new TextRun({
    text,
    ...(bold ? { bold: true } : {}),
    ...(look.placeholder ? { italics: true } : {}),
  });
}

/** The grey behind what is still to be drafted. */
function shading(look: Look): Pick<IParagraphOptions, 'shading'> {
  return look.placeholder
    ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: PLACEHOLDER_FILL } }
    : {};
}

function bodyParagraph(children: TextRun[], look: Look, extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    ...(look.left === 0 && look.hanging === 0
      ? {}
      : { indent: { left: look.left, hanging: look.hanging } }),
    ...(look.before === undefined ? {} : { spacing: { before: look.before } }),
    ...shading(look),
    ...extra,
  });
}

/** The lines of a text as paragraphs at one indentation, the first one after `lead` runs. */
function textParagraphs(text: string, look: Look, lead: TextRun[] = []): Paragraph[] {
  const lines = text === '' ? [] : text.split('\n');
  if (lines.length === 0) return lead.length === 0 ? [] : [bodyParagraph(lead, look)];
  // Continuation lines sit where the text of the first line starts, after the number.
  const next: Look = { left: look.left, hanging: 0, placeholder: look.placeholder };
  return lines.map((line, index) =>
    index === 0
      ? bodyParagraph([...lead, run(line, look)], look)
      : bodyParagraph([run(line, next)], next),
  );
}

/**
 * A subdivision and its children. A numbered item hangs its number ("(1)", "a)", "1°")
 * in the margin of its level, its text aligned one step in; its children go one step
 * further. An unnumbered paragraph (an alinéa) stays flush with its level.
 */
function subdivisionParagraphs(node: Subdivision, level: number, look: Look): Paragraph[] {
  const numbered = node.num !== '';
  const own: Look = {
    left: (level + (numbered ? 1 : 0)) * STEP,
    hanging: numbered ? STEP : 0,
    placeholder: look.placeholder,
  };
  const lead = numbered ? [run(node.num, own), new TextRun({ text: '\t' })] : [];
  const paragraphs = textParagraphs(node.text, own, lead);
  const childLevel = numbered ? level + 1 : level;
  for (const child of node.children) {
    paragraphs.push(...subdivisionParagraphs(child, childLevel, own));
  }
  paragraphs.push(...textParagraphs(node.wrapUp, { ...own, hanging: 0 }));
  return paragraphs;
}

/** The words between an article's label and its first sentence. */
function labelJoiner(context: Context): string {
  if (context.numbering === 'section') return ' ';
  return context.language === 'fr' ? ' : ' : ': ';
}

/**
 * An article: its label in bold, then its text, items and closing words. Without a heading
 * the label runs into the first sentence ("Article 3 : Est puni…", "3. A person who…"); a
 * short heading shares the label's line ("Article 1er : Objet", "2. Interpretation"); a
 * long one gets a line of its own under the label. These are the layouts of gazettes, and
 * the ones the text importer reads back to the same article.
 */
function articleParagraphs(article: Article, context: Context): Paragraph[] {
  const look: Look = { ...FLUSH, placeholder: isPlaceholderArticle(article) };
  const spaced: Look = { ...look, before: ARTICLE_SPACE };
  const paragraphs: Paragraph[] = [];
  if (article.heading === '' && article.text !== '') {
    const lead = [
      run(`${articleLabel(article, '', context)}${labelJoiner(context)}`, spaced, true),
    ];
    paragraphs.push(...textParagraphs(article.text, spaced, lead));
  } else {
    const sameLine = article.heading === '' || isSameLineHeading(article.heading);
    const label = sameLine
      ? [run(articleLabel(article, article.heading, context), spaced, true)]
      : [
          run(articleLabel(article, '', context), spaced, true),
          new TextRun({
            text: article.heading,
            bold: true,
            break: 1,
            ...(look.placeholder ? { italics: true } : {}),
          }),
        ];
    paragraphs.push(
      bodyParagraph(label, spaced, { keepNext: true, alignment: AlignmentType.LEFT }),
    );
    paragraphs.push(...textParagraphs(article.text, look));
  }
  for (const child of article.children) paragraphs.push(...subdivisionParagraphs(child, 0, look));
  paragraphs.push(...textParagraphs(article.wrapUp, look));
  return paragraphs;
}

/** A division as a real Word heading (Heading 1 to 3 by depth), then its contents. */
function divisionParagraphs(node: Division, depth: number, context: Context): Paragraph[] {
  const heading = HEADINGS[Math.min(depth, HEADINGS.length - 1)] ?? HeadingLevel.HEADING_3;
  const paragraphs = [new Paragraph({ text: divisionLabel(node, context), heading })];
  paragraphs.push(...textParagraphs(node.text, FLUSH));
  for (const child of node.children) paragraphs.push(...nodeParagraphs(child, depth + 1, context));
  paragraphs.push(...textParagraphs(node.wrapUp, FLUSH));
  return paragraphs;
}

function nodeParagraphs(node: Division | Article, depth: number, context: Context): Paragraph[] {
  return node.kind === 'article'
    ? articleParagraphs(node, context)
    : divisionParagraphs(node, depth, context);
}

/** The title block: "Projet de loi" for a bill, the title, the short title, the version line. */
function titleBlock(document: LegalDocument, options: LawDocxOptions, words: Words): Paragraph[] {
  const { meta } = document;
  const centred = (text: string, extra: { bold?: boolean; size?: number; italics?: boolean }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new TextRun({ text, ...extra })],
    });
  const block: Paragraph[] = [];
  if (meta.docType === 'bill') block.push(centred(words.bill.toUpperCase(), { bold: true }));
  if (meta.title !== '') {
    block.push(new Paragraph({ text: meta.title, heading: HeadingLevel.TITLE }));
  }
  if (meta.shortTitle !== '' && meta.shortTitle !== meta.title) {
    block.push(centred(meta.shortTitle, { bold: true }));
  }
  const subtitle = options.subtitle?.trim() ?? '';
  if (subtitle !== '') block.push(centred(subtitle, { italics: true }));
  return block;
}

function plainParagraphs(lines: readonly string[], spaceBefore = 0): Paragraph[] {
  return lines.map(
    (line, index) =>
      new Paragraph({
        text: line,
        alignment: AlignmentType.JUSTIFIED,
        ...(index === 0 && spaceBefore > 0 ? { spacing: { before: spaceBefore } } : {}),
      }),
  );
}

function frontMatter(document: LegalDocument, words: Words): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (document.explanatoryNote.length > 0) {
    paragraphs.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 240 },
        children: [new TextRun({ text: words.explanatoryNote.toUpperCase(), bold: true })],
      }),
      ...plainParagraphs(document.explanatoryNote),
    );
  }
  paragraphs.push(...plainParagraphs(document.preamble, 240));
  return paragraphs;
}

function annexParagraphs(document: LegalDocument, context: Context): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const annex of document.annexes) {
    const [heading, ...rest] = divisionParagraphs(annex, 0, context);
    if (heading === undefined) continue;
    paragraphs.push(
      new Paragraph({
        text: divisionLabel(annex, context),
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
      }),
      ...rest,
    );
  }
  return paragraphs;
}

function styles(language: 'fr' | 'en'): IStylesOptions {
  const heading = (size: number) => ({
    run: { font: HEADING_FONT, size, bold: true, color: '000000' },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 200 } },
  });
  return {
    default: {
      document: {
        run: {
          font: BODY_FONT,
          size: 24,
          language: { value: language === 'fr' ? 'fr-FR' : 'en-GB' },
        },
        paragraph: { spacing: { after: 120 } },
      },
      title: {
        run: { font: HEADING_FONT, size: 32, bold: true, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
      },
      heading1: heading(28),
      heading2: heading(26),
      heading3: heading(24),
    },
  };
}

function header(document: LegalDocument): Header {
  const title = document.meta.shortTitle || document.meta.title;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: title, font: HEADING_FONT, size: 16, italics: true })],
      }),
    ],
  });
}

function footer(words: Words): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            font: HEADING_FONT,
            size: 18,
            children: [
              `${words.page} `,
              PageNumber.CURRENT,
              ` ${words.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * A law or a draft as a Word document, the format ministries circulate: A4, a title block
 * ("PROJET DE LOI", the title, the short title, the version line), the visas, the divisions
 * as real Word headings (Heading 1–3, so Word builds a table of contents from them), the
 * articles with their labels in bold, items with hanging numbers, the closing formulas and
 * the annexes; the title in the page header and "Page 3 / 12" in the footer. Articles still
 * to be drafted are shaded grey and in italics. Only Times New Roman and Arial are named.
 * The file reads back through the DOCX importer to the same articles.
 *
 * @example (await lawToDocx(law, { language: 'fr' })).length > 0 // true
 */
export async function lawToDocx(
  document: LegalDocument,
  options: LawDocxOptions,
): Promise<Uint8Array> {
  const words = WORDS[options.language];
  const numbering = options.language === 'en' ? document.numbering : 'article';
  const context: Context = { words, language: options.language, numbering };
  const children: Paragraph[] = [...titleBlock(document, options, words)];
  children.push(...frontMatter(document, words));
  for (const node of document.body) children.push(...nodeParagraphs(node, 0, context));
  children.push(...plainParagraphs(document.conclusions, 480));
  children.push(...annexParagraphs(document, context));
  const file = new Document({
    title: document.meta.title,
    creator: 'LexAlign',
    styles: styles(options.language),
    // The theme's fonts too, so text a reader adds in Word stays in the same two fonts.
    theme: { fonts: { headings: HEADING_FONT, body: BODY_FONT } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        headers: { default: header(document) },
        footers: { default: footer(words) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
