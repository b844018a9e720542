import { z } from 'zod';
import {
  Article,
  Division,
  EMPTY_META,
  LegalDocument,
  Subdivision,
  assignEIds,
} from '../core/model/index.js';
import type { SubdivisionKind, WorkMeta } from '../core/model/index.js';
import { ImportError } from './import-result.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { metaFromOptions } from './text.js';

interface GazetteNode {
  readonly class_name: string;
  readonly num: string;
  readonly text: string;
  readonly pre_block_list: readonly string[];
  readonly child_level_list: readonly GazetteNode[];
}

const GazetteNode: z.ZodType<GazetteNode> = z.lazy(() =>
  z.object({
    class_name: z.string(),
    num: z.string(),
    text: z.string(),
    pre_block_list: z.array(z.string()),
    child_level_list: z.array(GazetteNode),
  }),
);

const GazetteAct = z.object({
  title_page: z.object({
    title: z.string(),
    num: z.string().nullish(),
    year: z.string().nullish(),
    date_published: z.string().nullish(),
    date_certified: z.string().nullish(),
  }),
  body_pages: z.object({ preamble: z.array(z.string()), part_list: z.array(GazetteNode) }),
});

/** True when JSON has the shape of a gazette act export (title page and structured body). */
export function isGazetteAct(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'body_pages' in json && 'title_page' in json;
}

/** Levels below a section, by the export's class names. */
const LEVEL: Readonly<Record<string, SubdivisionKind>> = {
  ActL2Subsection: 'paragraph',
  ActL3Paragraph: 'point',
  ActL4SubParagraph: 'subpoint',
};

/** A marginal note is short and not the publisher's subscription notice. */
function marginalNote(blocks: readonly string[]): string {
  const note = blocks.find((block) => block.length < 160 && !/subscription/i.test(block));
  return (note ?? '').replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

function toSubdivision(node: GazetteNode): Subdivision {
  return Subdivision.create({
    kind: LEVEL[node.class_name] ?? 'subpoint',
    num: `(${node.num})`,
    text: node.text.replace(/\s+/g, ' ').trim(),
    children: node.child_level_list.map(toSubdivision),
  });
}

function toSection(node: GazetteNode): Article {
  return Article.create({
    num: node.num,
    heading: marginalNote(node.pre_block_list),
    text: node.text.replace(/\s+/g, ' ').trim(),
    children: node.child_level_list.map(toSubdivision),
  });
}

/**
 * Imports a gazette act already structured by a PDF extractor (title page, preamble,
 * parts, sections with marginal notes, subsections, paragraphs), as Sri Lanka's acts are
 * published in open data. Part 0 is the act without parts.
 */
export function importGazetteActJson(json: unknown, options: ImportOptions): ImportedLaw {
  const parsed = GazetteAct.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw new ImportError(
      'corrupt-file',
      options.fileName,
      `not a gazette act export: ${path}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const { title_page: title, body_pages: body } = parsed.data;
  const meta: WorkMeta = {
    ...EMPTY_META,
    country: 'lk',
    language: 'en',
    title: title.title,
    number: title.num ?? '',
    year: title.year ?? '',
    date: title.date_certified ?? title.date_published ?? '',
    ...metaFromOptions(options),
  };
  const provisions = body.part_list.flatMap((part): (Division | Article)[] => {
    const sections = part.child_level_list.map(toSection);
    if (part.num === '0' || part.num === '') return sections;
    return [
      Division.create({
        kind: 'part',
        num: part.num,
        heading: part.text.trim(),
        children: sections,
      }),
    ];
  });
  const document = LegalDocument.create({
    meta,
    numbering: 'section',
    preamble: body.preamble.map((line) => line.replace(/\s+/g, ' ').trim()),
    body: provisions,
  });
  return { document: assignEIds(document), diagnostics: [], format: 'gazette-act-json' };
}
