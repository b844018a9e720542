import { describe, expect, it } from 'vitest';
import { assignEIds, eIdNumber } from './eid.js';
import { LegalDocument, listArticles, findByEId } from './legal-document.js';
import { Article, Division, Subdivision } from './provision.js';

const civilLaw = LegalDocument.create({
  body: [
    Division.create({
      kind: 'title',
      num: 'PREMIER',
      heading: 'Dispositions générales',
      children: [Article.create({ num: '1er', text: 'La présente loi a pour objet…' })],
    }),
    Division.create({
      kind: 'title',
      num: 'II',
      children: [
        Division.create({
          kind: 'chapter',
          num: 'II',
          children: [
            Article.create({
              num: '12',
              children: [
                Subdivision.create({ kind: 'paragraph', text: 'Premier alinéa.' }),
                Subdivision.create({
                  kind: 'paragraph',
                  text: 'Deuxième alinéa :',
                  children: [
                    Subdivision.create({ kind: 'point', num: '1°', text: 'un point ;' }),
                    Subdivision.create({ kind: 'point', num: '2°', text: 'un autre.' }),
                  ],
                }),
              ],
            }),
            Article.create({ num: '12', text: 'Numéro imprimé deux fois.' }),
            Article.create({ num: '12 bis', text: 'Article inséré.' }),
          ],
        }),
      ],
    }),
  ],
});

describe('assignEIds', () => {
  const document = assignEIds(civilLaw);

  it('names divisions with arabic numbers whatever the printed form', () => {
    expect(document.body.map((node) => node.eId)).toEqual(['title_1', 'title_2']);
  });

  it('prefixes each provision with its ancestors, numbering unnumbered alinéas by position', () => {
    expect(findByEId(document, 'title_2__chp_2__art_12__para_2__point_2')?.text).toBe('un autre.');
    expect(findByEId(document, 'title_2__chp_2__art_12__para_1')?.text).toBe('Premier alinéa.');
  });

  it('keeps eIds unique when the printer repeats a number', () => {
    expect(listArticles(document).map((article) => article.eId)).toEqual([
      'title_1__art_1',
      'title_2__chp_2__art_12',
      'title_2__chp_2__art_12-dup2',
      'title_2__chp_2__art_12bis',
    ]);
  });

  it('uses Commonwealth names when the citable unit is a section', () => {
    const act = assignEIds(
      LegalDocument.create({
        numbering: 'section',
        body: [
          Division.create({
            kind: 'part',
            num: 'I',
            children: [
              Article.create({
                num: '3',
                children: [
                  Subdivision.create({
                    kind: 'paragraph',
                    num: '(1)',
                    children: [
                      Subdivision.create({
                        kind: 'point',
                        num: '(a)',
                        children: [
                          Subdivision.create({ kind: 'subpoint', num: '(ii)', text: 'x' }),
                        ],
                      }),
                    ],
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    );
    expect(findByEId(act, 'part_1__sec_3__subsec_1__para_a__subpara_ii')?.text).toBe('x');
  });
});

describe('eIdNumber', () => {
  it.each([
    ['1er', '1'],
    ['Premier', '1'],
    ['(a)', 'a'],
    ['1°', '1'],
    ['XIV', '14'],
    ['12.1', '12-1'],
    ['2 bis', '2bis'],
    ['C', 'c'],
    ['', ''],
  ])('reads %j as %j', (printed, expected) => {
    expect(eIdNumber(printed)).toBe(expected);
  });
});
