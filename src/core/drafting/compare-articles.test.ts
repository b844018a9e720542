import { beforeAll, describe, expect, it } from 'vitest';
import { importLaw } from '../../importers/import-law.js';
import { readCorpus } from '../../testing/shared-corpus.js';
import { diffSide } from '../recommendations/word-diff.js';
import { compareArticles, type ComparisonRow } from './compare-articles.js';
import type { ComparableArticle } from './draft-document.js';
import { lawComparableArticles } from './law-articles.js';

function art(key: string, num: string, text: string): ComparableArticle {
  return {
    key,
    origin: '',
    num,
    label: `Article ${num}`,
    heading: '',
    path: [],
    text,
    placeholder: false,
    note: '',
  };
}

/** Numbers 1..N in order, as a draft renumbers its articles. */
function renumber(articles: readonly ComparableArticle[]): ComparableArticle[] {
  return articles.map((article, i) => ({
    ...article,
    num: String(i + 1),
    label: `${article.label.split(' ')[0] ?? 'Article'} ${i + 1}`,
  }));
}

const TEXTS = [
  'La présente loi a pour objet de prévenir et de réprimer la traite des personnes, de protéger et d’assister les victimes et de promouvoir la coopération nationale et internationale.',
  'Au sens de la présente loi, on entend par enfant toute personne âgée de moins de dix-huit ans, et par victime toute personne physique qui a subi un préjudice du fait de la traite.',
  'Quiconque commet l’infraction de traite des personnes est puni d’un emprisonnement de dix à vingt ans et d’une amende de un million à dix millions de francs.',
  'Les personnes morales peuvent être déclarées pénalement responsables des infractions prévues par la présente loi lorsqu’elles sont commises pour leur compte par leurs organes.',
  'Les victimes de la traite ne peuvent être poursuivies pour les infractions commises en conséquence directe de leur situation de victime, notamment l’entrée irrégulière sur le territoire.',
  'Les juridictions nationales sont compétentes lorsque l’infraction est commise sur le territoire national, à bord d’un navire battant pavillon national ou par un ressortissant national.',
  'Le ministre chargé de la justice et le ministre chargé de l’action sociale sont chargés, chacun en ce qui le concerne, de l’exécution de la présente loi.',
];

function versionOne(): ComparableArticle[] {
  return TEXTS.map((text, i) => art(`n${i + 1}`, String(i + 1), text));
}

function rowOf(rows: readonly ComparisonRow[], key: string): ComparisonRow {
  const row = rows.find(
    (entry) =>
      entry.new.some((article) => article.key === key) ||
      (entry.new.length === 0 && entry.old.some((article) => article.key === key)),
  );
  if (row === undefined) throw new Error(`no row for ${key}`);
  return row;
}

describe('compareArticles on hand-built articles', () => {
  it('finds nothing to report between a text and itself', () => {
    const articles = versionOne();
    const { rows, counts } = compareArticles(articles, articles);
    expect(rows.map((row) => row.change)).toEqual(Array(7).fill('unchanged'));
    expect(rows.every((row) => !row.moved && !row.renumbered && row.similarity === 1)).toBe(true);
    expect(counts).toEqual({
      unchanged: 7,
      modified: 0,
      added: 0,
      deleted: 0,
      split: 0,
      merged: 0,
    });
  });

  it('diffs a modified article word by word, both sides spelled exactly', () => {
    const before = versionOne();
    const after = before.map((article) =>
      article.key === 'n3'
        ? { ...article, text: article.text.replace('dix à vingt ans', 'quinze à trente ans') }
        : article,
    );
    const row = rowOf(compareArticles(before, after).rows, 'n3');
    expect(row.change).toBe('modified');
    expect(row.diff).toContainEqual({ kind: 'removed', text: 'dix' });
    expect(row.diff).toContainEqual({ kind: 'added', text: 'quinze' });
    expect(diffSide(row.diff, 'before')).toBe(before[2]?.text);
    expect(diffSide(row.diff, 'after')).toBe(after[2]?.text);
    expect(row.similarity).toBeGreaterThan(0.8);
    expect(row.similarity).toBeLessThan(1);
  });

  it('tells a changed heading from a changed text', () => {
    const before = versionOne();
    const after = before.map((article) =>
      article.key === 'n2' ? { ...article, heading: 'Définitions' } : article,
    );
    const row = rowOf(compareArticles(before, after).rows, 'n2');
    expect(row.change).toBe('modified');
    expect(row.diff).toEqual([{ kind: 'same', text: TEXTS[1] }]);
  });

  it('renumbers the articles after an inserted one without calling them moved', () => {
    const before = versionOne();
    const inserted = art(
      'n8',
      '',
      'Les dispositions du présent chapitre s’appliquent aux faits commis après son entrée en vigueur, quelle que soit la nationalité de leur auteur.',
    );
    const after = renumber([...before.slice(0, 2), inserted, ...before.slice(2)]);
    const { rows, counts } = compareArticles(before, after);
    expect(rows.map((row) => row.new[0]?.key)).toEqual([
      'n1',
      'n2',
      'n8',
      'n3',
      'n4',
      'n5',
      'n6',
      'n7',
    ]);
    expect(rowOf(rows, 'n8').change).toBe('added');
    expect(rows.filter((row) => row.renumbered).map((row) => row.old[0]?.num)).toEqual([
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(rows.some((row) => row.moved)).toBe(false);
    expect(counts.added).toBe(1);
    expect(counts.unchanged).toBe(7);
  });

  it('marks only the article taken elsewhere as moved', () => {
    const before = versionOne();
    const [first, second, ...rest] = before;
    const after = renumber([first, ...rest, second].filter((a) => a !== undefined));
    const { rows } = compareArticles(before, after);
    expect(rows.filter((row) => row.moved).map((row) => row.new[0]?.key)).toEqual(['n2']);
    expect(rowOf(rows, 'n2').renumbered).toBe(true);
    expect(rowOf(rows, 'n2').change).toBe('unchanged');
  });

  it('marks an article moved to another division, not the articles of a renamed or renumbered one', () => {
    const chapter = (n: string, heading: string) => [`Chapitre ${n} : ${heading}`];
    const before = versionOne().map((article, i) => ({
      ...article,
      path: i < 4 ? chapter('I', 'Dispositions générales') : chapter('II', 'Des peines'),
    }));
    // A new chapter comes first: the two chapters become II and III, and III is renamed;
    // article 4 is now the first of the (renumbered) chapter of penalties.
    const after = before.map((article, i) => ({
      ...article,
      path:
        i < 3 ? chapter('II', 'Dispositions générales') : chapter('III', 'Des sanctions pénales'),
    }));
    const { rows } = compareArticles(before, after);
    expect(rows.filter((row) => row.moved).map((row) => row.new[0]?.key)).toEqual(['n4']);
  });

  it('places a deleted article after the row of the article before it', () => {
    const before = versionOne();
    const after = before.filter((article) => article.key !== 'n4' && article.key !== 'n5');
    const { rows, counts } = compareArticles(before, after);
    expect(rows.map((row) => `${row.change}:${(row.new[0] ?? row.old[0])?.key}`)).toEqual([
      'unchanged:n1',
      'unchanged:n2',
      'unchanged:n3',
      'deleted:n4',
      'deleted:n5',
      'unchanged:n6',
      'unchanged:n7',
    ]);
    expect(counts.deleted).toBe(2);
    expect(rowOf(rows, 'n4').diff).toEqual([{ kind: 'removed', text: TEXTS[3] }]);
  });

  it('puts a deleted first article at the top', () => {
    const before = versionOne();
    const { rows } = compareArticles(before, before.slice(1));
    expect(rows[0]?.change).toBe('deleted');
    expect(rows[0]?.old[0]?.key).toBe('n1');
  });

  it('pairs a draft copied from the law with the law by origin', () => {
    const law = TEXTS.map((text, i) => art(`art_${i + 1}`, String(i + 1), text));
    const draft = renumber([
      art(
        'n1',
        '',
        'Article nouveau sur les programmes nationaux de prévention et de sensibilisation du public aux risques de la traite.',
      ),
      ...law.map((article, i) => ({
        ...article,
        key: `n${i + 2}`,
        origin: article.key,
        // So different that only the origin can pair it.
        text:
          i === 5
            ? 'Les tribunaux connaissent de toute infraction de la présente loi.'
            : article.text,
      })),
    ]);
    const { rows } = compareArticles(law, draft);
    expect(rows[0]?.change).toBe('added');
    expect(rowOf(rows, 'n7').old.map((article) => article.key)).toEqual(['art_6']);
    expect(rowOf(rows, 'n7').change).toBe('modified');
    expect(rows.slice(1).every((row) => row.renumbered && !row.moved)).toBe(true);
  });

  it('pairs by wording when nothing else ties the texts (a pasted text against the law)', () => {
    const law = TEXTS.map((text, i) => art(`art_${i + 1}`, String(i + 1), text));
    const pasted = renumber(
      [law[1], law[0], law[2], law[3], law[4], law[5], law[6]]
        .filter((a) => a !== undefined)
        .map((article, i) => ({
          ...article,
          key: `n${i + 1}`,
          text: article.text.replace('présente loi', 'présente ordonnance'),
        })),
    );
    const { rows, counts } = compareArticles(law, pasted);
    expect(counts.modified + counts.unchanged).toBe(7);
    expect(rows.map((row) => row.old[0]?.key)).toEqual([
      'art_2',
      'art_1',
      'art_3',
      'art_4',
      'art_5',
      'art_6',
      'art_7',
    ]);
    expect(rows.filter((row) => row.moved)).toHaveLength(1);
  });

  it('follows an amended article moved far away, but not a rewritten one', () => {
    const before = versionOne();
    const [first, second, ...rest] = before;
    const amended = (text: string) =>
      text
        .replace('on entend par enfant', 'on entend par enfant ou mineur')
        .replace('préjudice', 'dommage');
    const after = renumber(
      [first, ...rest, second && { ...second, key: 'p2', text: amended(second.text) }].filter(
        (a) => a !== undefined,
      ),
    );
    const row = rowOf(compareArticles(before, after).rows, 'p2');
    expect(row.change).toBe('modified');
    expect(row.moved).toBe(true);
    expect(row.old[0]?.key).toBe('n2');
    const rewritten = renumber(
      [
        first,
        ...rest,
        second && { ...second, key: 'p2', text: 'Les définitions de la convention s’appliquent.' },
      ].filter((a) => a !== undefined),
    );
    expect(compareArticles(before, rewritten).counts).toMatchObject({ added: 1, deleted: 1 });
  });

  it('splits one article into two when each part comes from it', () => {
    const long = `${TEXTS[2]}\nLa tentative est punie des mêmes peines que l’infraction consommée, et la complicité est punie comme l’infraction elle-même, y compris lorsqu’elle est commise à l’étranger.`;
    const before = [
      art('n1', '1', TEXTS[0] ?? ''),
      art('n2', '2', long),
      art('n3', '3', TEXTS[6] ?? ''),
    ];
    const [offence, attempt] = long.split('\n');
    const after = renumber([
      art('n1', '', TEXTS[0] ?? ''),
      art('n2', '', offence ?? ''),
      art('n9', '', attempt ?? ''),
      art('n3', '', TEXTS[6] ?? ''),
    ]);
    const { rows, counts } = compareArticles(before, after);
    const split = rowOf(rows, 'n2');
    expect(split.change).toBe('split');
    expect(split.new.map((article) => article.key)).toEqual(['n2', 'n9']);
    expect(counts).toMatchObject({ split: 1, added: 0, unchanged: 2 });
    expect(rows).toHaveLength(3);
    // Without any key in common, by wording alone.
    const pasted = after.map((article, i) => ({ ...article, key: `p${i}` }));
    const byWording = compareArticles(before, pasted);
    expect(byWording.counts).toMatchObject({ split: 1, added: 0, deleted: 0 });
  });

  it('does not call a copy a split: a new article repeating an article still in force is added', () => {
    const before = versionOne();
    const after = renumber([...before, art('n8', '', TEXTS[2] ?? '')]);
    const { counts } = compareArticles(before, after);
    expect(counts).toMatchObject({ added: 1, split: 0, unchanged: 7 });
  });

  it('merges two articles into one', () => {
    const before = versionOne();
    const merged = { ...art('n3', '', `${TEXTS[2]}\n${TEXTS[3]}`) };
    const after = renumber(
      [before[0], before[1], merged, ...before.slice(4)].filter((a) => a !== undefined),
    );
    const { rows, counts } = compareArticles(before, after);
    const row = rowOf(rows, 'n3');
    expect(row.change).toBe('merged');
    expect(row.old.map((article) => article.key)).toEqual(['n3', 'n4']);
    expect(counts).toMatchObject({ merged: 1, deleted: 0, unchanged: 5 });
    expect(row.diff.every((segment) => segment.kind === 'same')).toBe(true);
  });

  it('does not pair unrelated articles: one deleted, one added', () => {
    const before = [art('a', '1', TEXTS[0] ?? ''), art('b', '2', TEXTS[4] ?? '')];
    const after = [art('c', '1', TEXTS[0] ?? ''), art('d', '2', TEXTS[5] ?? '')];
    const { counts } = compareArticles(before, after);
    expect(counts).toMatchObject({ unchanged: 1, added: 1, deleted: 1, modified: 0 });
  });
});

describe('compareArticles on a real law and a modified copy of it', () => {
  let law: ComparableArticle[] = [];
  beforeAll(async () => {
    const file = 'laws/zm/anti-human-trafficking-act-2008.json';
    const { document } = await importLaw(readCorpus(file), {
      fileName: 'anti-human-trafficking-act-2008.json',
    });
    law = lawComparableArticles(document);
  });

  function byNum(num: string): ComparableArticle {
    const found = law.find((article) => article.num === num);
    if (found === undefined) throw new Error(`no section ${num}`);
    return found;
  }

  /**
   * The copy: a new section after section 1 (everything after is renumbered), section 24
   * moved into Part II, section 7 split in two, sections 10 and 11 merged, section 5 amended,
   * section 32 deleted. Every article of the copy is a new node (a pasted text), or keeps
   * the law's eId as origin (a draft copied from the law).
   */
  function modifiedCopy(withOrigin: boolean): ComparableArticle[] {
    const from = (article: ComparableArticle, changes: Partial<ComparableArticle> = {}) => ({
      ...article,
      origin: withOrigin ? article.key : '',
      ...changes,
    });
    const seven = byNum('7').text.split('\n');
    const copy: ComparableArticle[] = [];
    for (const article of law) {
      if (article.num === '24' || article.num === '32' || article.num === '11') continue;
      if (article.num === '7') {
        copy.push(from(article, { text: seven.slice(0, 2).join('\n') }));
        copy.push({
          ...from(article, {
            text: seven.slice(2).join('\n'),
            heading: 'Further conduct facilitating trafficking',
          }),
          origin: '',
        });
        continue;
      }
      if (article.num === '10') {
        copy.push(
          from(article, {
            text: `${article.text}\n${byNum('11').text}`,
            heading: 'Harbouring, aiding and abetting',
          }),
        );
        continue;
      }
      if (article.num === '5') {
        copy.push(
          from(article, { text: article.text.replace('intentionally', 'knowingly or recklessly') }),
        );
        continue;
      }
      copy.push(from(article));
      if (article.num === '1') {
        copy.push({
          ...article,
          origin: '',
          heading: 'Objects of the Act',
          text: 'The objects of this Act are to prevent and combat trafficking in persons, to protect and assist its victims with full respect for their human rights, and to promote cooperation among States.',
        });
      }
      if (article.num === '21') copy.push(from(byNum('24'), { path: article.path }));
    }
    return renumber(copy).map((article, i) => ({ ...article, key: `n${i + 1}` }));
  }

  for (const withOrigin of [false, true]) {
    it(`finds every change ${withOrigin ? 'in a draft copied from it' : 'in a pasted copy (by wording alone)'}`, () => {
      expect(law.length).toBeGreaterThan(100);
      const copy = modifiedCopy(withOrigin);
      const { rows, counts } = compareArticles(law, copy);
      const rowOfOld = (num: string) => {
        const row = rows.find((entry) => entry.old.some((article) => article.num === num));
        if (row === undefined) throw new Error(`no row for old section ${num}`);
        return row;
      };
      const added = rows.filter((row) => row.change === 'added');
      expect(added.map((row) => row.new[0]?.heading)).toEqual(['Objects of the Act']);
      expect(rowOfOld('32').change).toBe('deleted');
      expect(rowOfOld('7').change).toBe('split');
      expect(rowOfOld('7').new).toHaveLength(2);
      expect(rowOfOld('10').change).toBe('merged');
      expect(rowOfOld('10').old.map((article) => article.num)).toEqual(['10', '11']);
      expect(rowOfOld('5').change).toBe('modified');
      expect(rowOfOld('5').diff).toContainEqual({ kind: 'removed', text: 'intentionally' });
      const moved = rowOfOld('24');
      expect(moved.moved).toBe(true);
      expect(moved.new[0]?.path).toEqual(byNum('21').path);
      expect(rowOfOld('3').renumbered).toBe(true);
      expect(rowOfOld('3').moved).toBe(false);
      expect(rowOfOld('1').renumbered).toBe(false);
      // Nothing else is reported as moved, split, merged, added or deleted.
      expect(rows.filter((row) => row.moved).map((row) => row.old[0]?.num)).toEqual(['24']);
      expect(counts).toMatchObject({ added: 1, deleted: 1, split: 1, merged: 1 });
      expect(counts.modified).toBe(1);
      expect(counts.unchanged).toBe(law.length - 5);
      // Rows follow the copy, with the deleted section after the one before it.
      const positions = rows
        .filter((row) => row.new.length > 0)
        .map((row) => copy.findIndex((article) => article.key === row.new[0]?.key));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      const deletedAt = rows.indexOf(rowOfOld('32'));
      expect(rows[deletedAt - 1]?.old[0]?.num).toBe('31');
    });
  }
});
