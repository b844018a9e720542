import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportTable } from './report-document.js';
import { buildWorkshopReport, type WorkshopReportData } from './workshop-report.js';

const counts = (female: number, male: number) => ({
  female,
  male,
  undisclosed: 0,
  total: female + male,
});

const data = (
  language: 'fr' | 'en',
  participants: WorkshopReportData['participants'] = null,
): WorkshopReportData => ({
  language,
  date: '2026-12-12',
  project: { name: 'Réforme 2026', country: 'ML' },
  workshop: {
    title: 'Atelier de validation',
    startsOn: '2026-12-07',
    endsOn: '2026-12-08',
    place: 'Bamako',
    organisers: 'Ministère de la Justice',
    partners: 'Partenaires techniques',
    description: '',
  },
  agenda: [
    {
      day: '2026-12-07',
      sessions: [
        {
          startsAt: '09:00',
          endsAt: '12:30',
          title: 'Protection des victimes',
          description: 'Assistance et non-sanction.',
          recommendations: ['R3', 'R4'],
        },
      ],
    },
    { day: '2026-12-08', sessions: [] },
  ],
  statistics: {
    participants: counts(3, 7),
    bySector: [
      { sector: 'government', counts: counts(1, 4) },
      { sector: 'civil_society', counts: counts(2, 3) },
      { sector: 'academia', counts: counts(0, 0) },
    ],
    attendanceByDay: [
      { day: '2026-12-07', counts: counts(3, 6) },
      { day: '2026-12-08', counts: counts(2, 5) },
    ],
    attendees: counts(3, 6),
  },
  decisions: [
    {
      label: 'R3',
      title: 'Non-sanction des victimes',
      status: 'adopted',
      method: 'vote',
      tally: { for: 8, against: 1, abstain: 0 },
    },
    { label: 'R4', title: 'Identité des victimes', status: 'proposed', method: null, tally: null },
  ],
  participants,
});

const table = (report: ReportDocument, id: string): ReportTable => {
  const block = report.sections
    .find((section) => section.id === id)
    ?.blocks.find((item) => item.type === 'table');
  if (block?.type !== 'table') throw new Error(`no table in ${id}`);
  return block.table;
};

describe('the workshop report', () => {
  it('tells the event, its agenda day by day and who came, in English', () => {
    const report = buildWorkshopReport(data('en'));
    expect(report.sections.map((section) => section.heading)).toEqual([
      'The event',
      'Agenda',
      'Day 1 — 7 December 2026',
      'Day 2 — 8 December 2026',
      'Participation',
      'Participants by sector and sex',
      'Attendance by day',
      'Recommendations and decisions',
    ]);
    expect(report.cover.facts[1]).toEqual({
      label: 'Dates',
      value: '7 December 2026 to 8 December 2026',
    });
    expect(table(report, 'agenda-day-1').rows[0]?.map((cell) => cell.text)).toEqual([
      '09:00–12:30',
      'Protection des victimes',
      'R3, R4',
    ]);
    expect(
      table(report, 'participants-sector').rows.map((row) => row.map((cell) => cell.text)),
    ).toEqual([
      ['Government', '1', '4', '5', '20%'],
      ['Civil society', '2', '3', '5', '40%'],
      ['All', '3', '7', '10', '30%'],
    ]);
    expect(
      table(report, 'attendance')
        .rows.at(-1)
        ?.map((cell) => cell.text),
    ).toEqual(['Present at least one day', '3', '6', '9', '33%']);
    const chart = report.sections
      .find((section) => section.id === 'participants-sector')
      ?.blocks.find((block) => block.type === 'chart');
    expect(chart?.type === 'chart' && chart.chart.series.map((item) => item.values)).toEqual([
      [1, 2],
      [4, 3],
    ]);
  });

  it('records the decisions with method and tally', () => {
    const report = buildWorkshopReport(data('fr'));
    expect(table(report, 'decisions').rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['R3', 'Non-sanction des victimes', 'Adoptée', 'Vote', '8', '1', '0'],
      ['R4', 'Identité des victimes', 'Proposée', '—', '—', '—', '—'],
    ]);
    const blocks = report.sections.find((section) => section.id === 'decisions')?.blocks ?? [];
    const figures = blocks.find((block) => block.type === 'figures');
    expect(figures?.type === 'figures' && figures.items).toEqual([
      { label: 'Adoptée', value: '1', tone: 'aligned' },
      { label: 'Proposée', value: '1', tone: 'neutral' },
    ]);
    expect(blocks).toContainEqual({
      type: 'paragraph',
      text: 'Décidées par vote : 1 ; par consensus : 0.',
    });
    expect(report.sections[0]?.blocks[0]).toMatchObject({
      text: expect.stringContaining('dont 3 femmes (30\u202f%)') as unknown,
    });
  });

  it('lists participants only when asked, without contacts', () => {
    expect(
      buildWorkshopReport(data('fr')).sections.some(
        (section) => section.id === 'annex-participants',
      ),
    ).toBe(false);
    const report = buildWorkshopReport(
      data('fr', [
        { name: 'Awa Traoré', organisation: 'ONG', sector: 'civil_society', sex: 'female' },
      ]),
    );
    const list = table(report, 'annex-participants');
    expect(list.columns.map((column) => column.label)).toEqual([
      '#',
      'Nom',
      'Organisation',
      'Secteur',
      'Sexe',
    ]);
    expect(list.rows[0]?.map((cell) => cell.text)).toEqual([
      '1',
      'Awa Traoré',
      'ONG',
      'Société civile',
      'Femme',
    ]);
  });
});
