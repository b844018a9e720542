import { describe, expect, it } from 'vitest';
import { renderArticleBody } from './article-body.js';
import type { DraftDocument } from './draft-document.js';
import { draftProblems } from './draft-problems.js';
import { findDraftNode, listDraftArticles } from './draft-tree.js';
import { applyDraftEdit } from './edit-draft.js';
import {
  appliedDocument,
  applyEdits,
  article,
  division,
  draftWith,
} from './testing/draft-builder.js';

/** A French draft of six articles at the top; article 2 cites article 5. Revision 6. */
function sixArticles(): DraftDocument {
  const doc = draftWith('fr', [
    article(null, 'La présente loi a pour objet de prévenir la traite.', 'Objet'),
    article(null, 'À écrire.', 'Circonstances'),
    article(null, 'Troisième.'),
    article(null, 'Quatrième.'),
    article(null, 'Est puni le fait de recruter une personne aux fins d’exploitation.', 'Traite'),
  ]);
  return applyEdits(
    doc,
    [
      { op: 'update', key: keyAt(doc, 1), body: "Les peines prévues à l'article 5 sont doublées." },
      article(null, 'Sixième.'),
    ],
    5,
  );
}
const keyAt = (doc: DraftDocument, index: number): string =>
  listDraftArticles(doc)[index]?.key ?? 'none';

describe('cross-references follow renumbering', () => {
  it('an insert before the target changes the citing article from "article 5" to "article 6"', () => {
    const doc = sixArticles();
    const citing = keyAt(doc, 1);
    expect(renderArticleBody(doc, citing)).toBe("Les peines prévues à l'article 5 sont doublées.");
    const inserted = applyEdits(
      doc,
      [{ op: 'insert', parentKey: null, index: 2, kind: 'article', heading: '', body: 'Nouveau.' }],
      7,
    );
    expect(renderArticleBody(inserted, citing)).toBe(
      "Les peines prévues à l'article 6 sont doublées.",
    );
  });

  it('a move of the target renumbers the reference too', () => {
    const doc = sixArticles();
    const moved = applyEdits(
      doc,
      [{ op: 'move', key: keyAt(doc, 4), parentKey: null, index: 0 }],
      7,
    );
    expect(renderArticleBody(moved, keyAt(doc, 1))).toBe(
      "Les peines prévues à l'article 1er sont doublées.",
    );
  });

  it('a deleted target reads "[?]" and is reported as a problem of the citing article', () => {
    const doc = sixArticles();
    const deleted = applyEdits(doc, [{ op: 'delete', key: keyAt(doc, 4) }], 7);
    expect(renderArticleBody(deleted, keyAt(doc, 1))).toBe(
      "Les peines prévues à l'article [?] sont doublées.",
    );
    expect(draftProblems(deleted)).toEqual([
      {
        code: 'dangling-reference',
        key: keyAt(doc, 1),
        label: 'Article 2',
        message: 'Article 2 : une référence renvoie à un article supprimé (affichée « [?] »)',
      },
    ]);
  });
});

describe('the conflict rule', () => {
  it('refuses an edit of a unit changed after the editor’s baseRevision', () => {
    const doc = sixArticles();
    const target = keyAt(doc, 2);
    const theirs = appliedDocument(
      applyDraftEdit(
        doc,
        { op: 'update', key: target, body: 'Leur texte.' },
        { baseRevision: 6, revision: 7 },
      ),
    );
    expect(findDraftNode(theirs, target)?.rev).toBe(7);
    const mine = applyDraftEdit(
      theirs,
      { op: 'update', key: target, body: 'Mon texte.' },
      { baseRevision: 6, revision: 8 },
    );
    expect(mine).toEqual({ status: 'conflict', key: target });
    for (const edit of [
      { op: 'delete', key: target },
      { op: 'move', key: target, parentKey: null, index: 0 },
      { op: 'link', key: target, recommendationIds: ['r1'], obligationIds: [] },
    ] as const) {
      expect(applyDraftEdit(theirs, edit, { baseRevision: 6, revision: 8 })).toEqual({
        status: 'conflict',
        key: target,
      });
    }
  });

  it('applies an edit of another unit made from a stale baseRevision, keeping both changes', () => {
    const doc = sixArticles();
    const theirs = applyEdits(doc, [{ op: 'update', key: keyAt(doc, 2), body: 'Leur texte.' }], 7);
    const outcome = applyDraftEdit(
      theirs,
      { op: 'update', key: keyAt(doc, 3), body: 'Mon texte.' },
      { baseRevision: 6, revision: 8 },
    );
    const mine = appliedDocument(outcome);
    expect(outcome).toMatchObject({ changed: [keyAt(doc, 3)] });
    expect(renderArticleBody(mine, keyAt(doc, 2))).toBe('Leur texte.');
    expect(renderArticleBody(mine, keyAt(doc, 3))).toBe('Mon texte.');
    expect(findDraftNode(mine, keyAt(doc, 3))?.rev).toBe(8);
    expect(findDraftNode(mine, keyAt(doc, 4))?.rev).toBe(5);
  });

  it('refuses to delete a chapter holding an article someone changed since', () => {
    const doc = draftWith('fr', [division(null, 'chapter', 'Peines'), article('n1', 'Texte.')]);
    const changed = applyEdits(doc, [{ op: 'update', key: 'n2', body: 'Texte modifié.' }], 3);
    expect(
      applyDraftEdit(changed, { op: 'delete', key: 'n1' }, { baseRevision: 2, revision: 4 }),
    ).toEqual({
      status: 'conflict',
      key: 'n2',
    });
  });

  it('gives the new revision to the unit changed and to the parent whose children changed', () => {
    const doc = draftWith('fr', [division(null, 'chapter', 'Peines'), article('n1', 'Texte.')]);
    expect(findDraftNode(doc, 'n1')?.rev).toBe(2);
    const outcome = applyDraftEdit(
      doc,
      { op: 'insert', parentKey: 'n1', index: 0, kind: 'article', heading: '', body: 'Avant.' },
      { baseRevision: 2, revision: 3 },
    );
    const next = appliedDocument(outcome);
    expect(outcome).toMatchObject({ changed: ['n4', 'n1'] });
    expect(findDraftNode(next, 'n1')?.rev).toBe(3);
    expect(findDraftNode(next, 'n2')?.rev).toBe(2);
    expect(next.nextKey).toBe(6);
  });
});

describe('invalid edits are values', () => {
  const doc = draftWith('fr', [division(null, 'chapter', 'Peines'), article('n1', 'Texte.')]);
  const at = { baseRevision: 2, revision: 3 };

  it('names a unit that no longer exists', () => {
    expect(applyDraftEdit(doc, { op: 'update', key: 'n9', body: 'x' }, at)).toEqual({
      status: 'invalid',
      key: 'n9',
      message: 'n9 no longer exists in the draft: someone deleted it',
    });
  });

  it('refuses kinds that do not nest, moves into itself and wording for a division', () => {
    const nest = applyDraftEdit(
      doc,
      { op: 'insert', parentKey: 'n1', index: 0, kind: 'title', heading: 'T', body: '' },
      at,
    );
    expect(nest).toMatchObject({ status: 'invalid', message: 'Chapter I cannot hold a title' });
    const intoArticle = applyDraftEdit(
      doc,
      { op: 'insert', parentKey: 'n2', index: 0, kind: 'article', heading: '', body: 'x' },
      at,
    );
    expect(intoArticle).toMatchObject({ status: 'invalid', key: 'n2' });
    expect(
      applyDraftEdit(doc, { op: 'move', key: 'n1', parentKey: 'n1', index: 0 }, at),
    ).toMatchObject({
      status: 'invalid',
    });
    expect(applyDraftEdit(doc, { op: 'update', key: 'n1', body: 'Du texte.' }, at)).toMatchObject({
      status: 'invalid',
    });
    expect(applyDraftEdit(doc, { op: 'update', key: 'n3', body: 'x' }, at)).toMatchObject({
      status: 'invalid',
      message: 'n3 is a paragraph: edit the wording of its article instead',
    });
    expect(applyDraftEdit(doc, { op: 'meta', title: '  ' }, at)).toMatchObject({
      status: 'invalid',
    });
  });

  it('names the units by their numbers today', () => {
    const withTitle = applyEdits(doc, [division(null, 'title', 'T')], 3);
    expect(
      applyDraftEdit(
        withTitle,
        { op: 'move', key: 'n4', parentKey: 'n1', index: 0 },
        { baseRevision: 3, revision: 4 },
      ),
    ).toEqual({ status: 'invalid', key: 'n4', message: 'Chapter I cannot hold Title I' });
    expect(
      applyDraftEdit(doc, { op: 'link', key: 'n1', recommendationIds: [], obligationIds: [] }, at),
    ).toMatchObject({ message: 'Chapter I cannot be linked: link its articles' });
  });

  it('lets divisions skip levels and articles sit at the top', () => {
    const skipped = applyEdits(
      doc,
      [division(null, 'title', 'T'), division('n4', 'section', 'S')],
      3,
    );
    expect(findDraftNode(skipped, 'n5')?.kind).toBe('section');
    expect(
      applyDraftEdit(skipped, article(null, 'Au sommet.'), { baseRevision: 4, revision: 5 }).status,
    ).toBe('applied');
  });
});

describe('update, link and meta', () => {
  it('keeps the keys of paragraphs rewritten in place and makes a placeholder a real article', () => {
    const doc = draftWith('fr', [article(null, 'Premier alinéa.\nSecond alinéa.')]);
    const placeholder: DraftDocument = {
      ...doc,
      body: doc.body.map((node) => ({ ...node, placeholder: true })),
    };
    const next = applyEdits(
      placeholder,
      [{ op: 'update', key: 'n1', body: 'Premier alinéa.\nSecond, réécrit.\nTroisième.' }],
      3,
    );
    const [node] = listDraftArticles(next);
    expect(node?.children.map((child) => [child.key, child.rev])).toEqual([
      ['n2', 1],
      ['n3', 3],
      ['n4', 3],
    ]);
    expect(node?.placeholder).toBe(false);
  });

  it('links an article to recommendations and obligations without repeats', () => {
    const doc = draftWith('fr', [article(null, 'Texte.')]);
    const linked = applyEdits(
      doc,
      [
        {
          op: 'link',
          key: 'n1',
          recommendationIds: ['r1', 'r1', 'r2'],
          obligationIds: ['TIP.5.1'],
        },
      ],
      2,
    );
    expect(findDraftNode(linked, 'n1')).toMatchObject({
      recommendationIds: ['r1', 'r2'],
      obligationIds: ['TIP.5.1'],
      rev: 2,
    });
  });

  it('changes the title, preamble and final formula', () => {
    const doc = draftWith('fr', []);
    const next = applyEdits(doc, [
      { op: 'meta', title: 'Loi révisée', preamble: ['Vu la Constitution ;', ''] },
    ]);
    expect(next.meta.title).toBe('Loi révisée');
    expect(next.preamble).toEqual(['Vu la Constitution ;']);
  });
});

describe('references typed against numbers that changed since', () => {
  /** sixArticles at revision 6; a colleague inserts an article before article 5 at revision 7. */
  function renumbered(): { doc: DraftDocument; before: DraftDocument } {
    const before = sixArticles();
    const doc = applyEdits(
      before,
      [{ op: 'insert', parentKey: null, index: 2, kind: 'article', heading: '', body: 'Inséré.' }],
      7,
    );
    return { doc, before };
  }

  it('records the revision of an edit that renumbers articles, not of one that appends', () => {
    const { doc, before } = renumbered();
    expect(before.numberingRevision).toBeUndefined();
    expect(doc.numberingRevision).toBe(7);
    const appended = applyEdits(
      doc,
      [article(null, 'En dernier.'), division(null, 'title', 'T')],
      8,
    );
    expect(appended.numberingRevision).toBe(7);
    const deleted = applyEdits(doc, [{ op: 'delete', key: keyAt(doc, 0) }], 10);
    expect(deleted.numberingRevision).toBe(10);
    const moved = applyEdits(
      doc,
      [{ op: 'move', key: keyAt(doc, 6), parentKey: null, index: 0 }],
      11,
    );
    expect(moved.numberingRevision).toBe(11);
  });

  it('refuses "l’article 5" typed at revision 6 as a conflict on the article, then reads it against today’s numbers', () => {
    const { doc } = renumbered();
    // Article 6 at revision 6 (now article 7) is given "article 5", meaning the old article 5.
    const citing = keyAt(doc, 6);
    const edit = { op: 'update', key: citing, body: "Voir l'article 5." } as const;
    expect(applyDraftEdit(doc, edit, { baseRevision: 6, revision: 8 })).toEqual({
      status: 'conflict',
      key: citing,
    });
    // "Use mine": sent again from revision 7, the number is today's article 5.
    const mine = appliedDocument(applyDraftEdit(doc, edit, { baseRevision: 7, revision: 8 }));
    expect(findDraftNode(mine, citing)?.children[0]?.text).toBe(
      `Voir l'article {{art:${keyAt(doc, 4)}}}.`,
    );
  });

  it('applies wording without references, or citing only other texts, typed at the old revision', () => {
    const { doc } = renumbered();
    for (const body of ['Sans renvoi.', "Les peines de l'article 30 du Code pénal."]) {
      const outcome = applyDraftEdit(
        doc,
        { op: 'update', key: keyAt(doc, 6), body },
        { baseRevision: 6, revision: 8 },
      );
      expect(outcome.status, body).toBe('applied');
    }
  });

  it('applies the wording sent back exactly as it reads today, references included', () => {
    const { doc } = renumbered();
    const citing = keyAt(doc, 1);
    const outcome = applyDraftEdit(
      doc,
      { op: 'update', key: citing, heading: 'Aggravation', body: renderArticleBody(doc, citing) },
      { baseRevision: 6, revision: 8 },
    );
    expect(outcome).toMatchObject({ status: 'applied', changed: [citing] });
  });

  it('reads a draft stored without the field as never renumbered', () => {
    const { doc } = renumbered();
    // As stored before the field existed: the key is absent, not 0.
    const older: DraftDocument = JSON.parse(
      JSON.stringify({ ...doc, numberingRevision: undefined }),
    ) as DraftDocument;
    expect('numberingRevision' in older).toBe(false);
    const outcome = applyDraftEdit(
      older,
      { op: 'update', key: keyAt(doc, 6), body: "Voir l'article 5." },
      { baseRevision: 6, revision: 8 },
    );
    expect(outcome.status).toBe('applied');
  });
});
