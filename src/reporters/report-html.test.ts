import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../core/reports/report-document.js';
import { renderReportHtml } from './report-html.js';

const report: ReportDocument = {
  kind: 'analysis',
  language: 'fr',
  title: 'Analyse <script>alert(1)</script>',
  cover: {
    kicker: 'Analyse législative',
    title: 'Mali <script>alert("x")</script>',
    subtitle: 'Projet & réforme',
    facts: [{ label: 'Pays', value: 'Mali' }],
  },
  contentsHeading: 'Table des matières',
  sections: [
    {
      id: 'summary',
      heading: 'Résumé',
      level: 1,
      pageBreakBefore: false,
      blocks: [
        { type: 'paragraph', text: 'Texte <b>gras</b>', style: 'lead' },
        {
          type: 'figures',
          items: [{ label: 'Conforme', value: '46', detail: 'sur 243', tone: 'aligned' }],
        },
        { type: 'list', ordered: true, items: ['un', 'deux'] },
      ],
    },
    {
      id: 'coverage-theme',
      heading: 'Par thème',
      level: 2,
      pageBreakBefore: false,
      blocks: [
        {
          type: 'chart',
          chart: {
            title: 'Couverture par thème',
            categories: ['Incrimination', 'Protection des victimes'],
            series: [
              { label: 'Conforme', tone: 'aligned', values: [9, 9] },
              { label: 'Absent', tone: 'missing', values: [22, 10] },
            ],
            stacked: true,
            unit: 'obligations',
            description: 'Obligations par statut pour chaque thème.',
          },
        },
      ],
    },
    {
      id: 'concordance',
      heading: 'Table de concordance',
      level: 1,
      pageBreakBefore: true,
      blocks: [
        {
          type: 'table',
          table: {
            caption: 'Table',
            columns: [
              { label: 'Obligation', width: 40 },
              { label: 'Statut', width: 20 },
              { label: 'Texte', width: 40 },
            ],
            rows: [
              [
                { text: 'TIP.3.a', bold: true, lines: ['Définition'] },
                { text: 'Absent', tone: 'missing' },
                {
                  text: '',
                  diff: [
                    { kind: 'same', text: 'La peine est de ' },
                    { kind: 'removed', text: 'cinq' },
                    { kind: 'added', text: 'dix' },
                    { kind: 'same', text: ' ans <i>' },
                  ],
                },
              ],
            ],
          },
        },
      ],
    },
  ],
  footer: 'LexAlign — 10 décembre 2026',
};

describe('a report as an HTML page', () => {
  const html = renderReportHtml(report);

  it('is a standalone page in the report’s language, with no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<link|src=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('thead { display: table-header-group; }');
  });

  it('keeps injected markup as text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Mali &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<title>Analyse &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('Texte &lt;b&gt;gras&lt;/b&gt;');
    expect(html).toContain('Projet &amp; réforme');
  });

  it('has a cover, numbered headings and a table of contents linking to them', () => {
    expect(html).toContain('<section class="cover"');
    expect(html).toContain('<dt>Pays</dt><dd>Mali</dd>');
    expect(html).toContain('<a href="#summary"><span class="num">1</span><span>Résumé</span></a>');
    expect(html).toContain('<a href="#coverage-theme"><span class="num">1.1</span>');
    expect(html).toContain('<a href="#concordance"><span class="num">2</span>');
    expect(html).toContain('<section id="summary">');
    expect(html).toContain('<h3><span class="num">1.1</span>Par thème</h3>');
    expect(html).toContain('<section id="concordance" class="break-before">');
  });

  it('draws charts as labelled SVG with a title, a description and a caption', () => {
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="chart-1-title chart-1-desc"/);
    expect(html).toContain('<title id="chart-1-title">Couverture par thème</title>');
    expect(html).toContain(
      '<desc id="chart-1-desc">Obligations par statut pour chaque thème.</desc>',
    );
    expect(html).toContain('<figcaption id="chart-1-caption">');
    expect(html).toContain('>Protection des victimes</tspan>');
    expect(html).toContain('<title>Incrimination — Absent: 22</title>');
    expect(html).toMatch(/class="total">31<\/text>/);
  });

  it('shows key figures with their label and the colour of their status', () => {
    expect(html).toContain(
      '<div class="figure-card tone-card-aligned"><div class="value">46</div><div class="label">Conforme</div><div class="detail">sur 243</div></div>',
    );
  });

  it('shows statuses with their word, and word changes as insertions and deletions', () => {
    expect(html).toContain('<span class="tone tone-missing">Absent</span>');
    expect(html).toContain('<strong>TIP.3.a</strong><span class="line">Définition</span>');
    expect(html).toContain('La peine est de <del>cinq</del><ins>dix</ins> ans &lt;i&gt;');
    expect(html).toContain('<th scope="col">Obligation</th>');
    expect(html).toContain('<col style="width:40%">');
  });

  it('keeps a short table on one page and lets a long one break between rows', () => {
    expect(html).toContain('<table class="keep"><caption>Table</caption>');
    const long: ReportDocument = {
      ...report,
      sections: [
        {
          id: 'annex',
          heading: 'Annexe',
          level: 1,
          pageBreakBefore: true,
          blocks: [
            {
              type: 'table',
              table: {
                caption: 'Catalogue',
                columns: [{ label: 'ID', width: 100 }],
                rows: Array.from({ length: 40 }, (_item, index) => [
                  { text: `TIP.${String(index)}` },
                ]),
              },
            },
          ],
        },
      ],
    };
    const page = renderReportHtml(long);
    expect(page).toContain('<table><caption>Catalogue</caption>');
    expect(page.match(/<tr>/g)).toHaveLength(41);
  });

  it('leaves the footer to the print template when printed', () => {
    expect(html).toContain('LexAlign — 10 décembre 2026');
    expect(renderReportHtml(report, { forPrint: true })).toContain(
      '<html lang="fr" class="for-print">',
    );
  });
});
