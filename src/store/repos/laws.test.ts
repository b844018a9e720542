import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../core/errors.js';
import { parseLaw } from '../../core/parse/parse-law.js';
import { buildProject } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import type { ProjectRecord } from './projects.js';
import { deleteLaw, findLaw, insertLaw, listLaws, loadLawDocuments } from './laws.js';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

const TEXT =
  'Article 1er : La traite des personnes est punie.\n\nArticle 2 : Les victimes sont protégées.';

const DIAGNOSTICS = [diagnostic('numbering-gap', 'Article 3 missing', { line: 2, article: '3' })];

function addLaw(db: Kysely<Database>, project: ProjectRecord, title: string) {
  const { document } = parseLaw(TEXT, { language: 'fr' });
  return insertLaw(db, {
    projectId: project.id,
    title,
    fileName: `${title}.txt`,
    format: 'txt',
    language: 'fr',
    sizeBytes: TEXT.length,
    document,
    diagnostics: DIAGNOSTICS,
    articleCount: 2,
    createdBy: project.createdBy,
  });
}

describe.each(TEST_DIALECTS)('laws on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('stores a law with its document and diagnostics, and reads them back', async () => {
    const project = await buildProject(db());
    const law = await addLaw(db(), project, 'Loi 2012-023');
    expect(law).toMatchObject({
      projectId: project.id,
      position: 0,
      title: 'Loi 2012-023',
      fileName: 'Loi 2012-023.txt',
      sizeBytes: TEXT.length,
      articleCount: 2,
      diagnosticCount: 1,
      createdBy: project.createdBy,
    });
    expect(law.createdByName).toMatch(/^User /);
    const found = await findLaw(db(), { projectId: project.id, lawId: law.id });
    expect(found?.document).toEqual(parseLaw(TEXT, { language: 'fr' }).document);
    expect(found?.diagnostics).toEqual(DIAGNOSTICS);
  });

  it('puts each law after the last, and lists and loads them in that order', async () => {
    const project = await buildProject(db());
    const first = await addLaw(db(), project, 'first');
    const second = await addLaw(db(), project, 'second');
    await deleteLaw(db(), { projectId: project.id, lawId: first.id });
    const third = await addLaw(db(), project, 'third');
    expect([second.position, third.position]).toEqual([1, 2]);
    expect((await listLaws(db(), project.id)).map((law) => law.title)).toEqual(['second', 'third']);
    expect((await loadLawDocuments(db(), project.id)).map((law) => law.id)).toEqual([
      second.id,
      third.id,
    ]);
  });

  it('does not find or delete a law through another project', async () => {
    const mine = await buildProject(db());
    const theirs = await buildProject(db());
    const law = await addLaw(db(), theirs, 'theirs');
    expect(await findLaw(db(), { projectId: mine.id, lawId: law.id })).toBeUndefined();
    expect(await deleteLaw(db(), { projectId: mine.id, lawId: law.id })).toBe(false);
    expect(await listLaws(db(), mine.id)).toEqual([]);
    expect(await deleteLaw(db(), { projectId: theirs.id, lawId: law.id })).toBe(true);
    expect(await findLaw(db(), { projectId: theirs.id, lawId: law.id })).toBeUndefined();
  });
});
