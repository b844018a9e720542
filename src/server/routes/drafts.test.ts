import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DraftComment,
  DraftComparison,
  DraftCoverage,
  DraftDetail,
  DraftList,
  DraftNodeView,
  DraftVersionSummary,
  EditDraftResult,
} from '../../contract/drafts.js';
import type { ImportResult } from '../../contract/laws.js';
import { DEMO_LAW } from '../../services/demo-workspace.js';
import { setMember } from '../../services/projects.js';
import { listAudit } from '../../store/repos/audit.js';
import { insertRecommendation } from '../../store/repos/recommendations.js';
import { TEST_DIALECTS } from '../../store/testing/test-stores.js';
import { startTestServer, type Client, type TestServer } from '../testing/test-server.js';

/** The articles of a draft's body, depth first. */
function articlesOf(nodes: readonly DraftNodeView[]): DraftNodeView[] {
  return nodes.flatMap((node) => (node.kind === 'article' ? [node] : articlesOf(node.children)));
}

function fail(message: string): never {
  throw new Error(message);
}

/** The consent of the victim is irrelevant: missing from the demo law, found once written. */
const CONSENT =
  "Le consentement d'une victime de la traite des personnes à l'exploitation envisagée est indifférent lorsque l'un quelconque des moyens énoncés à l'article 3 a été utilisé.";

describe.each(TEST_DIALECTS)('draft routes on %s', (dialect) => {
  let server: TestServer;
  let owner: Client;
  let drafter: Client;
  let second: Client;
  let observer: Client;
  let projectId: string;
  let base: string;
  let lawId: string;
  let lawArticleCount: number;
  let lawTitle: string;
  let adoptedId: string;
  let proposedId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    owner = await server.client({ name: 'Owner' });
    const project = await server.project(owner, ['drafter', 'observer']);
    projectId = project.id;
    drafter = project.members.get('drafter') ?? fail('no drafter');
    observer = project.members.get('observer') ?? fail('no observer');
    second = await server.client({ name: 'Second drafter' });
    const db = server.workspace.store.db;
    const { email } = await db
      .selectFrom('users')
      .select('email')
      .where('id', '=', second.actor.id)
      .executeTakeFirstOrThrow();
    await setMember(server.workspace, { actor: owner.actor, projectId, email, role: 'drafter' });
    base = `/api/projects/${projectId}/drafts`;
    const imported = await owner.upload(`/api/projects/${projectId}/laws`, {
      name: 'loi-2012.txt',
      content: await readFile(DEMO_LAW, 'utf8'),
    });
    expect(imported.statusCode).toBe(201);
    lawId = imported.json<ImportResult>().law.id;
    lawArticleCount = imported.json<ImportResult>().law.articleCount;
    lawTitle = imported.json<ImportResult>().law.title;
    const recommendation = (
      status: 'adopted' | 'proposed',
      title: string,
      obligationIds: string[],
    ) =>
      insertRecommendation(db, {
        projectId,
        title,
        type: 'add',
        priority: 'high',
        status,
        theme: '',
        targetLawId: lawId,
        targetText: '',
        targetArticle: '',
        wording: title,
        rationale: '',
        findingIds: [],
        obligationIds,
        createdById: owner.actor.id,
        versionNote: '',
      });
    adoptedId = (
      await recommendation('adopted', 'Consentement indifférent', ['TIP.3.b', 'TIP.5.2.c'])
    ).id;
    proposedId = (await recommendation('proposed', 'Contrôle des documents', ['TIP.12.b'])).id;
  }, 60_000);
  afterAll(() => server.close());

  const create = async (client: Client, body: Record<string, unknown>): Promise<DraftDetail> => {
    const response = await client.request('POST', base, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<DraftDetail>();
  };

  /** Sends one edit of `draft` from `baseRevision` as `client`. */
  const edit = (
    client: Client,
    draft: { id: string },
    change: Record<string, unknown> & { baseRevision: number },
  ) => {
    const { baseRevision, ...rest } = change;
    return client.request('POST', `${base}/${draft.id}/edits`, { baseRevision, edit: rest });
  };

  const applied = async (
    client: Client,
    draft: { id: string },
    change: Record<string, unknown> & { baseRevision: number },
  ): Promise<Extract<EditDraftResult, { status: 'applied' }>> => {
    const response = await edit(client, draft, change);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<EditDraftResult>();
    if (result.status !== 'applied') throw new Error(`not applied: ${response.body}`);
    return result;
  };

  it('starts drafts blank, from the law in force and as an outline of adopted recommendations', async () => {
    const blank = await create(drafter, {
      title: 'Projet de loi sur le trafic de migrants',
      origin: 'blank',
    });
    expect(blank).toMatchObject({
      origin: 'blank',
      language: 'fr',
      replacesLawId: null,
      articleCount: 0,
      revision: 1,
      body: [],
      versions: [],
      createdBy: { id: drafter.actor.id },
    });

    const copy = await create(drafter, {
      title: 'Projet de loi révisant la loi de 2012',
      origin: 'law',
      lawId,
    });
    expect(copy).toMatchObject({
      origin: 'law',
      replacesLawId: lawId,
      replacesLawTitle: lawTitle,
      articleCount: lawArticleCount,
      placeholderCount: 0,
    });
    const copied = articlesOf(copy.body);
    expect(copied).toHaveLength(lawArticleCount);
    expect(copied[0]).toMatchObject({ num: '1er', label: 'Article 1er' });
    expect(copied.every((article) => article.origin !== '')).toBe(true);
    // Cross-references of the law now follow the draft's numbering.
    expect(copied[6]?.body).toContain('article 3');

    const outline = await create(drafter, { title: 'Avant-projet', origin: 'outline' });
    const placeholders = articlesOf(outline.body);
    expect(outline).toMatchObject({ origin: 'outline', replacesLawId: null });
    expect(
      placeholders
        .map((article) => article.obligationIds)
        .flat()
        .sort(),
    ).toEqual(['TIP.3.b', 'TIP.5.2.c']);
    expect(placeholders.every((article) => article.placeholder)).toBe(true);
    expect(placeholders[0]?.recommendationIds).toEqual([adoptedId]);
    expect(outline.problems.map((problem) => problem.code)).toContain('placeholder');

    const notAdopted = await drafter.request('POST', base, {
      title: 'Avant-projet',
      origin: 'outline',
      recommendationIds: [proposedId],
    });
    expect(notAdopted.statusCode).toBe(400);
    expect(notAdopted.json<{ issues: string[] }>().issues[0]).toMatch(
      /R2 is proposed, not adopted/,
    );
    const smuggling = await drafter.request('POST', base, {
      title: 'Loi sur le trafic illicite de migrants',
      origin: 'outline',
      instruments: ['SOM'],
    });
    expect(smuggling.statusCode).toBe(400);
    expect(smuggling.json<{ error: string; message: string }>()).toMatchObject({
      error: 'bad_request',
    });
    expect(smuggling.json<{ message: string }>().message).toMatch(/SOM/);
    const noLaw = await drafter.request('POST', base, {
      title: 'Copie',
      origin: 'law',
      lawId: 'nope',
    });
    expect(noLaw.statusCode).toBe(400);
    const refused = await observer.request('POST', base, { title: 'Projet', origin: 'blank' });
    expect(refused.statusCode).toBe(403);

    const list = await observer.request('GET', base);
    const listed = new Set(list.json<DraftList>().drafts.map((draft) => draft.id));
    expect([blank.id, copy.id, outline.id].every((id) => listed.has(id))).toBe(true);
    const audit = await listAudit(server.workspace.store.db, {
      projectId,
      objectType: 'draft',
      objectId: copy.id,
      limit: 5,
    });
    expect(audit.map((entry) => entry.action)).toEqual(['draft.create']);
  });

  it('merges edits of different articles from the same revision and refuses a second edit of the same one', async () => {
    const draft = await create(drafter, { title: 'Projet révisé', origin: 'law', lawId });
    const [first, secondArticle] = articlesOf(draft.body);
    if (first === undefined || secondArticle === undefined) throw new Error('no articles');
    const base0 = draft.revision;

    const mine = await applied(drafter, draft, {
      baseRevision: base0,
      op: 'update',
      key: first.key,
      body: 'La présente loi a pour objet de prévenir et de réprimer la traite des personnes.',
    });
    expect(mine.revision).toBe(base0 + 1);
    expect(mine.changed).toContain(first.key);
    // Another drafter, still on the revision they loaded, edits another article: it lands.
    const theirs = await applied(second, draft, {
      baseRevision: base0,
      op: 'update',
      key: secondArticle.key,
      heading: 'Champ d’application',
    });
    expect(theirs.revision).toBe(base0 + 2);
    const both = articlesOf(theirs.draft.body);
    expect(both[0]?.body).toBe(
      'La présente loi a pour objet de prévenir et de réprimer la traite des personnes.',
    );
    expect(both[1]?.heading).toBe('Champ d’application');

    // The same article from the old revision: a conflict, with theirs, who and a diff; nothing stored.
    const clash = await edit(second, draft, {
      baseRevision: base0,
      op: 'update',
      key: first.key,
      body: 'La présente loi réprime la traite.',
    });
    expect(clash.statusCode).toBe(200);
    const conflict = clash.json<EditDraftResult>();
    expect(conflict).toMatchObject({
      status: 'conflict',
      revision: base0 + 2,
      key: first.key,
      theirs: {
        key: first.key,
        body: 'La présente loi a pour objet de prévenir et de réprimer la traite des personnes.',
      },
      changedBy: { id: drafter.actor.id },
    });
    if (conflict.status !== 'conflict') throw new Error('no conflict');
    expect(conflict.changedAt).not.toBeNull();
    expect(
      conflict.diff.some((part) => part.kind === 'added' && part.text.includes('réprime')),
    ).toBe(true);
    const after = (await drafter.request('GET', `${base}/${draft.id}`)).json<DraftDetail>();
    expect(after.revision).toBe(base0 + 2);

    // Two at the very same moment on different articles: both land, one after the other.
    const [third, fourth] = articlesOf(after.body).slice(2, 4);
    if (third === undefined || fourth === undefined) throw new Error('no articles');
    const together = await Promise.all([
      edit(drafter, draft, {
        baseRevision: after.revision,
        op: 'update',
        key: third.key,
        heading: 'Définitions',
      }),
      edit(second, draft, {
        baseRevision: after.revision,
        op: 'update',
        key: fourth.key,
        heading: 'Pratiques assimilées',
      }),
    ]);
    expect(together.map((response) => response.json<EditDraftResult>().status)).toEqual([
      'applied',
      'applied',
    ]);
    const latest = (await drafter.request('GET', `${base}/${draft.id}`)).json<DraftDetail>();
    expect(latest.revision).toBe(after.revision + 2);
    expect(
      articlesOf(latest.body)
        .slice(2, 4)
        .map((article) => article.heading),
    ).toEqual(['Définitions', 'Pratiques assimilées']);
    // …and on the same article: one lands, the other is told of the conflict.
    const race = await Promise.all([
      edit(drafter, draft, {
        baseRevision: latest.revision,
        op: 'update',
        key: third.key,
        heading: 'Définitions (1)',
      }),
      edit(second, draft, {
        baseRevision: latest.revision,
        op: 'update',
        key: third.key,
        heading: 'Définitions (2)',
      }),
    ]);
    expect(race.map((response) => response.json<EditDraftResult>().status).sort()).toEqual([
      'applied',
      'conflict',
    ]);

    const missing = await edit(drafter, draft, {
      baseRevision: latest.revision,
      op: 'update',
      key: 'n99999',
      body: 'x',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: string }>().error).toBe('bad_request');
    expect(missing.json<{ message: string }>().message).toMatch(/n99999/);
    const badLink = await edit(drafter, draft, {
      baseRevision: latest.revision,
      op: 'link',
      key: first.key,
      recommendationIds: ['no-such-recommendation'],
      obligationIds: ['TIP.99'],
    });
    expect(badLink.statusCode).toBe(400);
    expect(badLink.json<{ issues: string[] }>().issues).toHaveLength(2);
    const forbidden = await edit(observer, draft, {
      baseRevision: latest.revision,
      op: 'delete',
      key: first.key,
    });
    expect(forbidden.statusCode).toBe(403);

    const audit = await listAudit(server.workspace.store.db, {
      projectId,
      objectType: 'draft',
      objectId: draft.id,
      limit: 20,
    });
    const edits = audit.filter((entry) => entry.action === 'draft.edit');
    expect(edits).toHaveLength(5);
    expect(edits.at(-1)).toMatchObject({
      actor: { id: drafter.actor.id },
      before: { revision: base0, units: [{ key: first.key, label: 'Article 1er' }] },
      after: { revision: base0 + 1, op: 'update', units: [{ key: first.key }] },
    });
  });

  it('renames a draft from the revision last read, and refuses a stale rename', async () => {
    const draft = await create(drafter, { title: 'Projet', origin: 'blank' });
    const renamed = await drafter.request('PATCH', `${base}/${draft.id}`, {
      title: 'Projet de loi relative à la traite',
      replacesLawId: lawId,
      baseRevision: draft.revision,
    });
    expect(renamed.json<DraftDetail>()).toMatchObject({
      title: 'Projet de loi relative à la traite',
      replacesLawId: lawId,
      revision: draft.revision + 1,
    });
    const stale = await drafter.request('PATCH', `${base}/${draft.id}`, {
      title: 'Autre',
      baseRevision: draft.revision,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('saves numbered versions and restores one as a new revision', async () => {
    const draft = await create(drafter, { title: 'Projet', origin: 'blank' });
    const inserted = await applied(drafter, draft, {
      baseRevision: draft.revision,
      op: 'insert',
      parentKey: null,
      index: 0,
      kind: 'article',
      heading: 'Objet',
      body: 'La présente loi a pour objet de prévenir la traite.',
    });
    const v1 = await drafter.request('POST', `${base}/${draft.id}/versions`, {
      name: 'Première lecture',
    });
    expect(v1.statusCode).toBe(201);
    expect(v1.json<DraftVersionSummary>()).toMatchObject({
      number: 1,
      name: 'Première lecture',
      revision: inserted.revision,
      articleCount: 1,
      createdBy: { id: drafter.actor.id },
    });
    const key = articlesOf(inserted.draft.body)[0]?.key ?? fail('no article');
    const changed = await applied(drafter, draft, {
      baseRevision: inserted.revision,
      op: 'update',
      key,
      body: 'La présente loi a pour objet de prévenir et de réprimer la traite.',
    });
    const v2 = await drafter.request('POST', `${base}/${draft.id}/versions`, { name: 'Atelier' });
    expect(v2.json<DraftVersionSummary>().number).toBe(2);

    const restored = await drafter.request('POST', `${base}/${draft.id}/versions/1/restore`);
    expect(restored.statusCode).toBe(200);
    const detail = restored.json<DraftDetail>();
    expect(detail.revision).toBe(changed.revision + 1);
    expect(articlesOf(detail.body)[0]?.body).toBe(
      'La présente loi a pour objet de prévenir la traite.',
    );
    expect(detail.versions.map((version) => version.number)).toEqual([1, 2]);
    // An editor still on the copy before the restore is told, not allowed to write over it.
    const late = await edit(second, draft, {
      baseRevision: changed.revision,
      op: 'update',
      key,
      body: 'Autre.',
    });
    expect(late.json<EditDraftResult>().status).toBe('conflict');
    const none = await drafter.request('POST', `${base}/${draft.id}/versions/9/restore`);
    expect(none.statusCode).toBe(404);

    const audit = await listAudit(server.workspace.store.db, { projectId, limit: 50 });
    expect(
      audit
        .filter((entry) => entry.objectId.startsWith(draft.id))
        .map((entry) => entry.action)
        .filter((action) => action.startsWith('draft.version')),
    ).toEqual(['draft.version.restore', 'draft.version.save', 'draft.version.save']);
  });

  it('compares the draft with the law in force, article by article, across renumbering and moves', async () => {
    const draft = await create(drafter, { title: 'Projet révisé', origin: 'law', lawId });
    const articles = articlesOf(draft.body);
    const [first] = articles;
    const last = articles.at(-1) ?? fail('no articles');
    const titles = draft.body.filter((node) => node.kind === 'title');
    const firstTitle = titles[0] ?? fail('no title');
    const inserted = await applied(drafter, draft, {
      baseRevision: draft.revision,
      op: 'insert',
      parentKey: firstTitle.key,
      index: 0,
      kind: 'article',
      heading: 'Consentement',
      body: CONSENT,
    });
    // The law's last article moves to the front of its first title.
    await applied(drafter, draft, {
      baseRevision: inserted.revision,
      op: 'move',
      key: last.key,
      parentKey: firstTitle.key,
      index: 1,
    });

    const response = await observer.request('GET', `${base}/${draft.id}/compare`);
    expect(response.statusCode, response.body).toBe(200);
    const table = response.json<DraftComparison>();
    expect(table.left).toEqual({ side: `law:${lawId}`, title: lawTitle });
    expect(table.right.side).toBe('current');
    expect(table.counts.added).toBe(1);
    const added = table.rows.find((row) => row.change === 'added');
    expect(added?.new[0]).toMatchObject({ label: 'Article 1er', heading: 'Consentement' });
    const renumbered = table.rows.find((row) => row.old[0]?.label === 'Article 1er');
    expect(renumbered).toMatchObject({ change: 'unchanged', renumbered: true });
    expect(renumbered?.new[0]?.key).toBe(first?.key);
    expect(renumbered?.comment).toMatch(/Renuméroté/);
    const moved = table.rows.find((row) => row.new[0]?.key === last.key);
    expect(moved).toMatchObject({ moved: true, renumbered: true });

    await drafter.request('POST', `${base}/${draft.id}/versions`, { name: 'v1' });
    const versions = await observer.request(
      'GET',
      `${base}/${draft.id}/compare?left=v1&right=current`,
    );
    expect(versions.json<DraftComparison>().counts).toMatchObject({
      added: 0,
      deleted: 0,
      modified: 0,
    });
    const unknown = await observer.request('GET', `${base}/${draft.id}/compare?left=v7`);
    expect(unknown.statusCode).toBe(404);
    const blank = await create(drafter, { title: 'Vierge', origin: 'blank' });
    const nothing = await observer.request('GET', `${base}/${blank.id}/compare`);
    expect(nothing.statusCode).toBe(400);
  });

  it('shows coverage going up once an article is written and linked to an adopted recommendation', async () => {
    const draft = await create(drafter, { title: 'Projet révisé', origin: 'law', lawId });
    const url = `${base}/${draft.id}/coverage`;
    const before = (await observer.request('GET', url)).json<DraftCoverage>();
    expect(before.scenario.replacedLaw?.id).toBe(lawId);
    const consent = (coverage: DraftCoverage) =>
      coverage.obligations.find((row) => row.obligationId === 'TIP.3.b') ?? fail('no TIP.3.b');
    expect(consent(before)).toMatchObject({ before: 'missing', after: 'missing', change: 'same' });
    expect(before.regressions).toEqual([]);
    expect(
      before.recommendations.map(({ id, label, addressed }) => ({ id, label, addressed })),
    ).toEqual([{ id: adoptedId, label: 'R1', addressed: false }]);

    const titleKey = draft.body[0]?.key ?? fail('no title');
    const inserted = await applied(drafter, draft, {
      baseRevision: draft.revision,
      op: 'insert',
      parentKey: titleKey,
      index: 3,
      kind: 'article',
      heading: 'Consentement de la victime',
      body: CONSENT,
    });
    const key =
      articlesOf(inserted.draft.body).find(
        (article) => article.heading === 'Consentement de la victime',
      )?.key ?? fail('not inserted');
    await applied(drafter, draft, {
      baseRevision: inserted.revision,
      op: 'link',
      key,
      recommendationIds: [adoptedId],
      obligationIds: ['TIP.3.b'],
    });

    const after = (await observer.request('GET', url)).json<DraftCoverage>();
    expect(consent(after)).toMatchObject({
      before: 'missing',
      after: 'aligned',
      change: 'improved',
      articles: [{ key, label: 'Article 4', via: 'both' }],
    });
    expect(after.totals.after.aligned).toBeGreaterThan(before.totals.after.aligned);
    expect(after.recommendations[0]).toMatchObject({
      id: adoptedId,
      addressed: true,
      articles: [{ key, label: 'Article 4', placeholder: false }],
    });
  });

  it('keeps comments per article, resolved or open, counted on the article', async () => {
    const draft = await create(drafter, { title: 'Projet', origin: 'law', lawId });
    const key = articlesOf(draft.body)[0]?.key ?? fail('no article');
    const url = `${base}/${draft.id}/articles/${key}/comments`;
    const added = await second.request('POST', url, {
      body: 'Préciser les pratiques assimilées',
    });
    expect(added.statusCode).toBe(201);
    expect((await observer.request('POST', url, { body: 'Lu' })).statusCode).toBe(403);
    const comment = added.json<DraftComment>();
    expect(comment).toMatchObject({ key, resolvedAt: null, author: { id: second.actor.id } });
    const counted = (await drafter.request('GET', `${base}/${draft.id}`)).json<DraftDetail>();
    expect(articlesOf(counted.body)[0]?.openComments).toBe(1);

    const resolved = await drafter.request('PATCH', `${base}/${draft.id}/comments/${comment.id}`, {
      resolved: true,
    });
    expect(resolved.json<DraftComment>()).toMatchObject({ resolvedBy: { id: drafter.actor.id } });
    expect(resolved.json<DraftComment>().resolvedAt).not.toBeNull();
    const listed = (await observer.request('GET', url)).json<{ comments: DraftComment[] }>();
    expect(listed.comments).toHaveLength(1);
    const recounted = (await drafter.request('GET', `${base}/${draft.id}`)).json<DraftDetail>();
    expect(articlesOf(recounted.body)[0]?.openComments).toBe(0);

    const nowhere = await second.request('POST', `${base}/${draft.id}/articles/n99999/comments`, {
      body: 'x',
    });
    expect(nowhere.statusCode).toBe(404);
    const other = await create(drafter, { title: 'Autre', origin: 'blank' });
    const elsewhere = await drafter.request('PATCH', `${base}/${other.id}/comments/${comment.id}`, {
      resolved: false,
    });
    expect(elsewhere.statusCode).toBe(404);
    const audit = await listAudit(server.workspace.store.db, {
      projectId,
      objectType: 'comment',
      objectId: comment.id,
      limit: 5,
    });
    expect(audit.map((entry) => entry.action)).toEqual(['draft.comment.resolve', 'draft.comment']);
  });

  it('exports the draft as Word and as an Akoma Ntoso bill, and deletes it', async () => {
    const draft = await create(drafter, {
      title: 'Projet de loi relative à la traite des personnes',
      origin: 'law',
      lawId,
    });
    const docx = await observer.request('GET', `${base}/${draft.id}/export?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain(
      'projet-de-loi-relative-a-la-traite-des-personnes.docx',
    );
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const akn = await observer.request('GET', `${base}/${draft.id}/export?format=akn`);
    expect(akn.statusCode).toBe(200);
    expect(akn.headers['content-disposition']).toContain('.xml');
    expect(akn.body).toContain('<bill');
    await drafter.request('POST', `${base}/${draft.id}/versions`, { name: 'Première lecture' });
    const version = await observer.request('GET', `${base}/${draft.id}/export?format=akn&side=v1`);
    expect(version.headers['content-disposition']).toContain(
      'projet-de-loi-relative-a-la-traite-des-personnes-v1.xml',
    );
    expect(version.body).toContain('<bill');
    const noVersion = await observer.request(
      'GET',
      `${base}/${draft.id}/export?format=akn&side=v3`,
    );
    expect(noVersion.statusCode).toBe(404);

    const removed = await drafter.request('DELETE', `${base}/${draft.id}`);
    expect(removed.json()).toEqual({ ok: true });
    expect((await observer.request('GET', `${base}/${draft.id}`)).statusCode).toBe(404);
    const audit = await listAudit(server.workspace.store.db, {
      projectId,
      objectType: 'draft',
      objectId: draft.id,
      limit: 5,
    });
    expect(audit[0]).toMatchObject({ action: 'draft.delete', before: { title: draft.title } });
  });
});
