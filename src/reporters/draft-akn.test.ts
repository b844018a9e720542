import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DraftDocument, DraftNode } from '../core/drafting/index.js';
import {
  PLACEHOLDER_MARKER,
  applyDraftEdit,
  draftFromLaw,
  draftToLegalDocument,
} from '../core/drafting/index.js';
import type { LegalDocument } from '../core/model/legal-document.js';
import { listArticles } from '../core/model/legal-document.js';
import { importAkomaNtoso } from '../importers/akn.js';
import { importLiiSeedJson } from '../importers/lii-seed-json.js';
import { aknSchemaErrors } from '../testing/akn-schema.js';
import { corpusPath } from '../testing/shared-corpus.js';
import { draftToAkomaNtoso } from './draft-akn.js';

function corpusLaw(relative: string, country: string): LegalDocument {
  const json: unknown = JSON.parse(readFileSync(corpusPath(relative), 'utf8'));
  const { document } = importLiiSeedJson(json, { fileName: relative.split('/').pop() ?? '' });
  return { ...document, meta: { ...document.meta, country } };
}

function applied(doc: DraftDocument, edit: Parameters<typeof applyDraftEdit>[1]): DraftDocument {
  const outcome = applyDraftEdit(doc, edit, { baseRevision: 0, revision: 1 });
  if (outcome.status !== 'applied') throw new Error(`edit refused: ${JSON.stringify(outcome)}`);
  return outcome.document;
}

/** Marks the draft's article `key` as a placeholder, as an outline's articles are. */
function asPlaceholder(doc: DraftDocument, key: string): DraftDocument {
  const mark = (node: DraftNode): DraftNode =>
    node.key === key
      ? { ...node, placeholder: true }
      : { ...node, children: node.children.map(mark) };
  return { ...doc, body: doc.body.map(mark) };
}

/**
 * The revision of the Cameroonian law of 2005 as a bill: the law copied, then a new article
 * on victims' assistance at the end of chapter 2, still to be drafted.
 */
function cameroonianBill(): LegalDocument {
  const law = corpusLaw('laws/cm/loi-2005-015-trafic-des-enfants.json', 'cm');
  let draft = draftFromLaw(law, {
    title: 'Projet de loi relative à la lutte contre la traite des enfants',
  });
  const chapter2 = draft.body[1];
  if (chapter2 === undefined) throw new Error('the Cameroonian law has three chapters');
  draft = applied(draft, {
    op: 'insert',
    parentKey: chapter2.key,
    index: chapter2.children.length,
    kind: 'article',
    heading: 'Assistance aux victimes',
    body: 'Disposition mettant en œuvre TIP.6.3 : assistance et protection des victimes.',
  });
  const inserted = draft.body[1]?.children.at(-1);
  if (inserted === undefined) throw new Error('the article was not inserted');
  draft = asPlaceholder(draft, inserted.key);
  return draftToLegalDocument(draft, { placeholders: 'keep' }).document;
}

describe('draftToAkomaNtoso', { timeout: 60_000 }, () => {
  it('writes a bill from the Cameroonian law that validates against the AKN 3.0 schema', async () => {
    const bill = cameroonianBill();
    const xml = draftToAkomaNtoso(bill, { date: '2026-12-12' });
    expect(await aknSchemaErrors(xml, 'bill.xml')).toEqual([]);
    expect(xml).toContain('<bill name="bill">');
    expect(xml).toContain('<FRBRuri value="/akn/cm/bill/2026/nn"/>');
    expect(xml).toContain('<FRBRuri value="/akn/cm/bill/2026/nn/fra@2026-12-12"/>');
    expect(xml).toContain('<p><docStatus>Projet</docStatus></p>');
    expect(xml).toContain(
      '<longTitle>\n        <p>Projet de loi relative à la lutte contre la traite des enfants</p>',
    );
  });

  it('marks the article still to be drafted as incomplete, and only it', () => {
    const xml = draftToAkomaNtoso(cameroonianBill(), { date: '2026-12-12' });
    const incomplete = [...xml.matchAll(/<article eId="([^"]+)" status="incomplete">/g)];
    expect(incomplete.map((match) => match[1])).toEqual(['chp_2__art_7']);
    expect(xml).toContain(`<p>${PLACEHOLDER_MARKER.fr} Disposition mettant en œuvre TIP.6.3`);
    expect([...xml.matchAll(/<article /g)]).toHaveLength(10);
  });

  it('reads back as the same bill: articles, numbers and wording', () => {
    const bill = cameroonianBill();
    const imported = importAkomaNtoso(new TextEncoder().encode(draftToAkomaNtoso(bill)), {
      fileName: 'projet.xml',
    });
    expect(imported.document.meta.docType).toBe('bill');
    const facts = (document: LegalDocument): string[][] =>
      listArticles(document).map((article) => [
        article.eId,
        article.num,
        article.heading,
        article.text,
      ]);
    expect(facts(imported.document)).toEqual(facts(bill));
    expect(listArticles(imported.document).map((article) => article.num)).toEqual([
      '1er',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('writes an English Commonwealth bill from the Malawian act that validates', async () => {
    const act = corpusLaw('laws/mw/trafficking-in-persons-act-2015.json', 'mw');
    const draft = draftFromLaw(act, { title: 'Trafficking in Persons (Amendment) Bill, 2026' });
    const { document } = draftToLegalDocument(draft, { placeholders: 'keep' });
    const xml = draftToAkomaNtoso(document, { date: '2026-12-12' });
    expect(await aknSchemaErrors(xml, 'bill.xml')).toEqual([]);
    expect(xml).toContain('<FRBRuri value="/akn/mw/bill/2026/nn/eng@2026-12-12"/>');
    expect(xml).toContain('<p><docStatus>Draft</docStatus></p>');
    expect([...xml.matchAll(/<section eId=/g)]).toHaveLength(59);
  });

  it('escapes what a drafter types and declares no entity', async () => {
    const bill = cameroonianBill();
    const hostile = {
      ...bill,
      meta: { ...bill.meta, title: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]> &e;' },
    };
    const xml = draftToAkomaNtoso(hostile);
    expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY/);
    expect(xml).toContain(
      '&lt;!DOCTYPE x [&lt;!ENTITY e SYSTEM &quot;file:///etc/passwd&quot;&gt;]&gt; &amp;e;',
    );
    expect(await aknSchemaErrors(xml, 'bill.xml')).toEqual([]);
  });

  it('writes a bill without a date with the stand-in the schema needs', async () => {
    const xml = draftToAkomaNtoso(cameroonianBill());
    expect(await aknSchemaErrors(xml, 'bill.xml')).toEqual([]);
    expect(xml).toContain('<FRBRdate date="0001-01-01" name="unknown"/>');
  });
});
