import { describe, expect, it } from 'vitest';
import type { DraftDocument, DraftNode } from '../../core/drafting/draft-document.js';
import { LegalDocument } from '../../core/model/legal-document.js';
import { buildProject, buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import { countOpenComments, insertComment, listComments, setCommentResolved } from './comments.js';
import { findNodeChange, recordNodeChanges } from './draft-node-changes.js';
import { findDraftVersion, insertDraftVersion, listDraftVersions } from './draft-versions.js';
import {
  DRAFT_ARTICLE_TARGET,
  deleteDraft,
  findDraft,
  insertDraft,
  listDrafts,
  updateDraft,
} from './drafts.js';
import { insertLaw } from './laws.js';

function article(key: string, text: string): DraftNode {
  return {
    key,
    kind: 'article',
    heading: '',
    text: '',
    children: [
      {
        key: `${key}p`,
        kind: 'paragraph',
        heading: '',
        text,
        children: [],
        rev: 1,
        recommendationIds: [],
        obligationIds: [],
        placeholder: false,
        origin: '',
        note: '',
      },
    ],
    rev: 1,
    recommendationIds: [],
    obligationIds: [],
    placeholder: false,
    origin: '',
    note: '',
  };
}

const DOCUMENT: DraftDocument = {
  meta: {
    country: 'ml',
    docType: 'bill',
    year: '',
    number: '',
    language: 'fr',
    date: '',
    title: 'Projet de loi relative à la traite des personnes',
    shortTitle: '',
  },
  numbering: 'article',
  preamble: [],
  body: [article('n1', 'La présente loi a pour objet de prévenir la traite.')],
  conclusions: [],
  nextKey: 2,
};

describe.each(TEST_DIALECTS)('drafts on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  async function setUp() {
    const author = await buildUser(db(), { name: 'Aminata' });
    const project = await buildProject(db(), { createdBy: author.id });
    const law = await insertLaw(db(), {
      projectId: project.id,
      title: 'Loi n° 2012-023',
      fileName: 'loi.txt',
      format: 'text',
      language: 'fr',
      sizeBytes: 10,
      document: LegalDocument.create({ body: [], meta: { ...DOCUMENT.meta, docType: 'act' } }),
      diagnostics: [],
      articleCount: 1,
      createdBy: author.id,
    });
    const draft = await insertDraft(db(), {
      projectId: project.id,
      title: DOCUMENT.meta.title,
      origin: 'law',
      language: 'fr',
      sourceLawId: law.id,
      replacesLawId: law.id,
      document: DOCUMENT,
      articleCount: 1,
      placeholderCount: 0,
      createdById: author.id,
    });
    return { author, project, law, draft };
  }

  it('stores a draft at revision 1 and lists it with the law it replaces', async () => {
    const { author, project, law, draft } = await setUp();
    expect(draft).toMatchObject({
      projectId: project.id,
      origin: 'law',
      replacesLawId: law.id,
      replacesLawTitle: 'Loi n° 2012-023',
      revision: 1,
      versionCount: 0,
      createdBy: { id: author.id, name: 'Aminata' },
      updatedBy: { id: author.id, name: 'Aminata' },
      document: DOCUMENT,
    });
    const listed = await listDrafts(db(), project.id);
    expect(listed.map((each) => each.id)).toEqual([draft.id]);
    expect(listed[0]).not.toHaveProperty('document');
    const other = await buildProject(db());
    expect(await findDraft(db(), { projectId: other.id, draftId: draft.id })).toBeUndefined();
  });

  it('writes a new state only from the revision it was read at', async () => {
    const { author, project, draft } = await setUp();
    const editor = await buildUser(db(), { name: 'Moussa' });
    const renamed = { ...DOCUMENT, meta: { ...DOCUMENT.meta, title: 'Projet révisé' } };
    const write = (expectedRevision: number) =>
      updateDraft(db(), {
        projectId: project.id,
        draftId: draft.id,
        expectedRevision,
        revision: expectedRevision + 1,
        changes: { document: renamed, title: 'Projet révisé', articleCount: 1 },
        updatedById: editor.id,
      });
    expect(await write(1)).toBe(true);
    expect(await write(1)).toBe(false);
    const stored = await findDraft(db(), { projectId: project.id, draftId: draft.id });
    expect(stored).toMatchObject({
      title: 'Projet révisé',
      revision: 2,
      createdBy: { id: author.id },
      updatedBy: { id: editor.id, name: 'Moussa' },
      document: renamed,
    });
  });

  it('numbers versions per draft and keeps each one’s document', async () => {
    const { author, project, draft } = await setUp();
    const save = (name: string, revision: number) =>
      insertDraftVersion(db(), {
        draftId: draft.id,
        name,
        note: '',
        revision,
        document: DOCUMENT,
        articleCount: 1,
        createdById: author.id,
      });
    const saved = await Promise.all([save('Première lecture', 1), save('Après atelier', 1)]);
    expect(saved.map((version) => version.number).sort()).toEqual([1, 2]);
    expect((await listDraftVersions(db(), draft.id)).map((version) => version.number)).toEqual([
      1, 2,
    ]);
    expect(await findDraftVersion(db(), { draftId: draft.id, number: 2 })).toMatchObject({
      document: DOCUMENT,
      createdBy: { id: author.id, name: 'Aminata' },
    });
    expect(await findDraftVersion(db(), { draftId: draft.id, number: 3 })).toBeUndefined();
    const listed = await findDraft(db(), { projectId: project.id, draftId: draft.id });
    expect(listed?.versionCount).toBe(2);
  });

  it('remembers who changed each unit last', async () => {
    const { author, draft } = await setUp();
    const editor = await buildUser(db(), { name: 'Moussa' });
    await recordNodeChanges(db(), {
      draftId: draft.id,
      keys: ['n1', 'n1p'],
      revision: 2,
      changedById: author.id,
    });
    await recordNodeChanges(db(), {
      draftId: draft.id,
      keys: ['n1'],
      revision: 3,
      changedById: editor.id,
    });
    expect(await findNodeChange(db(), { draftId: draft.id, key: 'n1' })).toMatchObject({
      revision: 3,
      changedBy: { id: editor.id, name: 'Moussa' },
    });
    expect(await findNodeChange(db(), { draftId: draft.id, key: 'n1p' })).toMatchObject({
      revision: 2,
      changedBy: { id: author.id },
    });
    expect(await findNodeChange(db(), { draftId: draft.id, key: 'n9' })).toBeUndefined();
  });

  it('resolves comments on articles, counts the open ones, and deletes them with the draft', async () => {
    const { author, project, draft } = await setUp();
    const comment = (key: string, body: string) =>
      insertComment(db(), {
        projectId: project.id,
        targetType: DRAFT_ARTICLE_TARGET,
        targetId: `${draft.id}:${key}`,
        authorId: author.id,
        body,
      });
    const first = await comment('n1', 'Préciser la peine');
    await comment('n1', 'Et les complices ?');
    await comment('n4', 'Définir « victime »');
    expect(first).toMatchObject({ resolvedAt: null, resolvedBy: null });
    const resolved = await setCommentResolved(db(), {
      projectId: project.id,
      commentId: first.id,
      resolvedById: author.id,
    });
    expect(resolved).toMatchObject({ resolvedBy: { id: author.id, name: 'Aminata' } });
    expect(resolved?.resolvedAt).toEqual(expect.any(String));
    expect(
      await countOpenComments(db(), {
        projectId: project.id,
        targetType: DRAFT_ARTICLE_TARGET,
        targetIdPrefix: `${draft.id}:`,
      }),
    ).toEqual(
      new Map([
        [`${draft.id}:n1`, 1],
        [`${draft.id}:n4`, 1],
      ]),
    );
    const reopened = await setCommentResolved(db(), {
      projectId: project.id,
      commentId: first.id,
      resolvedById: null,
    });
    expect(reopened).toMatchObject({ resolvedAt: null, resolvedBy: null });

    await insertDraftVersion(db(), {
      draftId: draft.id,
      name: 'v1',
      note: '',
      revision: 1,
      document: DOCUMENT,
      articleCount: 1,
      createdById: author.id,
    });
    await recordNodeChanges(db(), {
      draftId: draft.id,
      keys: ['n1'],
      revision: 2,
      changedById: author.id,
    });
    expect(await deleteDraft(db(), { projectId: project.id, draftId: draft.id })).toBe(true);
    expect(await deleteDraft(db(), { projectId: project.id, draftId: draft.id })).toBe(false);
    expect(await listDrafts(db(), project.id)).toEqual([]);
    expect(
      await listComments(db(), {
        projectId: project.id,
        targetType: DRAFT_ARTICLE_TARGET,
        targetId: `${draft.id}:n1`,
      }),
    ).toEqual([]);
    expect(await listDraftVersions(db(), draft.id)).toEqual([]);
  });
});
