import { z } from 'zod';
import type { Diagnostic } from '../core/errors.js';
import { diagnostic } from '../core/errors.js';
import { Article, Division, EMPTY_META, LegalDocument, assignEIds } from '../core/model/index.js';
import type { DivisionKind, Numbering, WorkMeta } from '../core/model/index.js';
import { fromIso6392 } from '../core/model/frbr.js';
import { detectLanguage } from '../core/parse/detect-language.js';
import { parseLaw } from '../core/parse/parse-law.js';
import { findRunInArticles } from '../core/parse/run-in-articles.js';
import { readWorkMeta } from '../core/parse/work-meta.js';
import { ImportError } from './import-result.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { splitInlineSubdivisions } from './inline-subdivisions.js';
import { languageOption, metaFromOptions } from './text.js';

const SeedProvision = z.object({
  provision_ref: z.string().min(1),
  chapter: z.string().nullish(),
  section: z.string().nullish(),
  title: z.string().nullish(),
  content: z.string(),
});
const SeedLaw = z.object({
  title: z.string(),
  url: z.string().nullish(),
  issued_date: z.string().nullish(),
  provisions: z.array(SeedProvision).min(1, 'holds no provision'),
});
type SeedProvision = z.infer<typeof SeedProvision>;
type SeedLaw = z.infer<typeof SeedLaw>;

/** Where the legal-information site's page furniture starts in the last provision. */
const SITE_FOOTER =
  /\s*History of this document\b|\s*Other African Legal Information Institutions\b/;
/** A provision holding at least this many run-in articles is a whole law run together. */
const RUN_IN_THRESHOLD = 5;

/** Reads and checks the JSON, naming the path of the first problem. */
export function readSeedLaw(json: unknown, fileName: string): SeedLaw {
  const parsed = SeedLaw.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue === undefined ? '' : issue.path.map(String).join('.');
  throw new ImportError(
    'corrupt-file',
    fileName,
    `not a legal-information JSON export: ${path === '' ? '' : `${path}: `}${issue?.message ?? 'invalid'}`,
  );
}

/** FRBR facts from an Akoma Ntoso expression URL: `…/akn/zm/act/2008/11/eng@2022-11-16`. */
function metaFromUrl(url: string): Partial<WorkMeta> {
  const match =
    /\/akn\/([a-z]{2})\/([a-z]+)\/(?:[a-z-]+\/)?(\d{4})\/([^/]+)\/([a-z]{3})@(\d{4}-\d{2}-\d{2})?/.exec(
      url,
    );
  if (match === null) return {};
  const [, country = '', docType = '', year = '', number = '', language = '', date = ''] = match;
  return { country, docType, year, number, language: fromIso6392(language), date };
}

interface Group {
  readonly key: string;
  readonly label: string;
  readonly annex: boolean;
  readonly provisions: SeedProvision[];
}

const LABEL =
  /^(part|chapter|chapitre|title|titre|division|schedule|annex|annexe|partie)\s+([0-9A-Za-z]+)\s*(?:[-–—:]\s*(.*))?$/i;
const KIND_OF: Readonly<Record<string, DivisionKind>> = {
  part: 'part',
  partie: 'part',
  chapter: 'chapter',
  chapitre: 'chapter',
  title: 'title',
  titre: 'title',
  division: 'division',
  schedule: 'annex',
  annex: 'annex',
  annexe: 'annex',
};

/**
 * Groups provisions by their `chapter` label. When section numbers start again from 1 the
 * rest of the list is a schedule (its items carry the same "Part I" labels as the Act).
 */
function groupProvisions(provisions: readonly SeedProvision[]): Group[] {
  const groups = new Map<string, Group>();
  let inSchedule = false;
  let previous = 0;
  for (const provision of provisions) {
    const value = parseInt(provision.section ?? provision.provision_ref.replace(/^\D+/, ''), 10);
    const label = (provision.chapter ?? '').trim();
    const labelledAnnex = /^(schedule|annex)/i.test(label);
    if (!labelledAnnex && value === 1 && previous > 1) inSchedule = true;
    if (!labelledAnnex && Number.isFinite(value)) previous = value;
    const annex = inSchedule || labelledAnnex;
    const key = `${annex ? 'annex' : 'body'}:${label}`;
    const group = groups.get(key) ?? { key, label, annex, provisions: [] };
    group.provisions.push(provision);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function toArticle(provision: SeedProvision): Article {
  const num = provision.section ?? provision.provision_ref.replace(/^(s|art)/, '');
  const heading = (provision.title ?? '').trim();
  let content = provision.content.trim();
  const printedHeading = `${num}. ${heading}`;
  if (heading !== '' && content.startsWith(printedHeading))
    content = content.slice(printedHeading.length).trim();
  const { text, children } = splitInlineSubdivisions(content);
  return Article.create({ num, heading, text, children });
}

/** A division from one label ("Part II", "Chapitre 1 - Dispositions générales"). */
function labelledDivision(
  label: string,
  children: readonly (Division | Article)[],
  kindWhenUnlabelled: DivisionKind,
): Division {
  const match = LABEL.exec(label);
  const kind =
    match?.[1] === undefined
      ? kindWhenUnlabelled
      : (KIND_OF[match[1].toLowerCase()] ?? kindWhenUnlabelled);
  return Division.create({
    kind,
    num: match?.[2] ?? '',
    heading: match?.[3]?.trim() ?? (match === null ? label : ''),
    children,
  });
}

/**
 * A group as a division; "Chapter 4, Part 1" is a part inside chapter 4 (the caller merges
 * consecutive parts of one chapter).
 */
function toDivision(group: Group, kindWhenUnlabelled: DivisionKind): Division | undefined {
  if (group.label === '' && !group.annex) return undefined;
  const [outer = '', ...inner] = group.label.split(/,\s*/);
  const articles = group.provisions.map(toArticle);
  if (inner.length === 0 || !LABEL.test(outer)) {
    return labelledDivision(group.label, articles, kindWhenUnlabelled);
  }
  const innermost = labelledDivision(inner.join(', '), articles, 'part');
  return labelledDivision(outer, [innermost], kindWhenUnlabelled);
}

/** Consecutive divisions with the same kind and number become one (their children joined). */
function mergeSiblings(nodes: readonly (Division | Article)[]): (Division | Article)[] {
  const merged: (Division | Article)[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (
      previous !== undefined &&
      previous.kind !== 'article' &&
      node.kind === previous.kind &&
      node.num !== '' &&
      node.num === previous.num &&
      node.heading === previous.heading
    ) {
      merged[merged.length - 1] = Division.create({
        ...previous,
        children: [...previous.children, ...node.children],
      });
    } else {
      merged.push(node);
    }
  }
  return merged;
}

/** A group as one division, or as loose articles when it has no label. */
function groupNodes(group: Group): (Division | Article)[] {
  const division = toDivision(group, 'part');
  return division === undefined ? group.provisions.map(toArticle) : [division];
}

function buildBody(groups: readonly Group[]): (Division | Article)[] {
  return mergeSiblings(groups.filter((group) => !group.annex).flatMap(groupNodes));
}

/** Annexes: labelled schedules stand alone; unlabelled schedule parts go under one "Schedule". */
function buildAnnexes(groups: readonly Group[]): Division[] {
  const annexGroups = groups.filter((group) => group.annex);
  const labelled = annexGroups.filter((group) => /^(schedule|annex)/i.test(group.label));
  const parts = annexGroups.filter((group) => !/^(schedule|annex)/i.test(group.label));
  const annexes = labelled.flatMap((group) => toDivision(group, 'annex') ?? []);
  if (parts.length > 0) {
    const children = parts.flatMap(groupNodes);
    annexes.push(Division.create({ kind: 'annex', heading: 'Schedule', children }));
  }
  return annexes;
}

function stripSiteFooter(provisions: readonly SeedProvision[]): {
  provisions: SeedProvision[];
  stripped: boolean;
} {
  const last = provisions[provisions.length - 1];
  const match = last === undefined ? null : SITE_FOOTER.exec(last.content);
  if (last === undefined || match === null) return { provisions: [...provisions], stripped: false };
  const cleaned = { ...last, content: last.content.slice(0, match.index) };
  return { provisions: [...provisions.slice(0, -1), cleaned], stripped: true };
}

const TRAILING_SCHEDULE = /\s(?:SCHEDULE|Schedule)\s+(?=[A-Z][A-Z ,'’-]{8,})/;

/**
 * Some exports run the Act's schedule (often the whole text of a treaty) into its last
 * section: "… in respect of different provisions of this Act. Schedule TEXT OF THE UNITED
 * NATIONS PROTOCOL …". The schedule is cut off and kept as an annex of its own.
 */
function splitTrailingSchedule(provisions: readonly SeedProvision[]): {
  provisions: SeedProvision[];
  schedule?: string;
} {
  const last = provisions[provisions.length - 1];
  const match = last === undefined ? null : TRAILING_SCHEDULE.exec(last.content);
  if (last === undefined || match === null || match.index < 40)
    return { provisions: [...provisions] };
  const cleaned = { ...last, content: last.content.slice(0, match.index) };
  return {
    provisions: [...provisions.slice(0, -1), cleaned],
    schedule: last.content.slice(match.index + match[0].length).trim(),
  };
}

/** The provisions from the first one that holds a whole law run together, or undefined. */
function runTogetherText(provisions: readonly SeedProvision[]): string | undefined {
  const start = provisions.findIndex(
    (provision) => findRunInArticles(provision.content).articles.length >= RUN_IN_THRESHOLD,
  );
  if (start === -1) return undefined;
  return provisions
    .slice(start)
    .map((provision) => provision.content)
    .join('\n');
}

/**
 * Imports the JSON export of a Legal Information Institute page (provisions with their
 * reference, part and flattened wording): sections are rebuilt with their subsections,
 * parts and schedules; the site's footer is removed; a law whose articles were run
 * together by PDF extraction is parsed again from its text.
 */
export function importLiiSeedJson(json: unknown, options: ImportOptions): ImportedLaw {
  const seed = readSeedLaw(json, options.fileName);
  const diagnostics: Diagnostic[] = [];
  const footerless = stripSiteFooter(seed.provisions);
  const stripped = footerless.stripped;
  const { provisions, schedule } = splitTrailingSchedule(footerless.provisions);
  if (stripped)
    diagnostics.push(
      diagnostic(
        'content-dropped',
        'The site footer and document history after the last provision were removed',
      ),
    );
  const fromTitle = readWorkMeta(seed.title, '');
  const sample = provisions
    .slice(0, 5)
    .map((provision) => provision.content)
    .join(' ');
  const meta: WorkMeta = {
    ...EMPTY_META,
    language: detectLanguage(`${seed.title} ${sample}`),
    ...fromTitle,
    ...metaFromUrl(seed.url ?? ''),
    title: seed.title,
    ...metaFromOptions(options),
  };
  const garbled = runTogetherText(provisions);
  if (garbled !== undefined) {
    const parsed = parseLaw(garbled, { ...languageOption(options), meta });
    return {
      document: parsed.document,
      diagnostics: [
        ...diagnostics,
        diagnostic(
          'garbled-text',
          'The export runs the articles of the law together: they were read again from its text',
        ),
        ...parsed.diagnostics,
      ],
      format: 'lii-seed-json',
    };
  }
  const numbering: Numbering = provisions.every((p) => p.provision_ref.startsWith('art'))
    ? 'article'
    : 'section';
  const groups = groupProvisions(provisions);
  const document = assignEIds(
    LegalDocument.create({
      meta,
      numbering,
      body: buildBody(groups),
      annexes: [
        ...buildAnnexes(groups),
        ...(schedule === undefined
          ? []
          : [Division.create({ kind: 'annex', heading: 'Schedule', text: schedule })]),
      ],
    }),
  );
  if (schedule !== undefined)
    diagnostics.push(
      diagnostic('content-dropped', 'The schedule run into the last section was moved to an annex'),
    );
  return { document, diagnostics, format: 'lii-seed-json' };
}
