import { describe, expect, it } from 'vitest';
import { computeWorkshopStatistics, isIsoDate, workshopDays } from './statistics.js';
import type { StatisticsParticipant } from './statistics.js';

describe('workshopDays', () => {
  it('lists every day from the first to the last, across a month end', () => {
    expect(workshopDays('2026-12-07', '2026-12-11')).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
    ]);
    expect(workshopDays('2027-02-27', '2027-03-01')).toEqual([
      '2027-02-27',
      '2027-02-28',
      '2027-03-01',
    ]);
    expect(workshopDays('2026-12-07', '2026-12-07')).toEqual(['2026-12-07']);
  });

  it('is empty for reversed, invalid or overlong dates', () => {
    expect(workshopDays('2026-12-08', '2026-12-07')).toEqual([]);
    expect(workshopDays('2026-02-30', '2026-03-02')).toEqual([]);
    expect(workshopDays('2026-01-01', '2026-03-01')).toEqual([]);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-2-28')).toBe(false);
  });
});

describe('computeWorkshopStatistics', () => {
  const days = ['2026-12-07', '2026-12-08'];
  const participants: StatisticsParticipant[] = [
    { id: 'a', sex: 'female', sector: 'government' },
    { id: 'b', sex: 'male', sector: 'government' },
    { id: 'c', sex: 'male', sector: 'justice' },
    { id: 'd', sex: 'female', sector: 'civil_society' },
    { id: 'e', sex: 'undisclosed', sector: 'international' },
  ];

  it('counts participants by sex and by sector with the split by sex', () => {
    const stats = computeWorkshopStatistics({ days, participants, attendance: [], decisions: [] });
    expect(stats.participants).toEqual({ female: 2, male: 2, undisclosed: 1, total: 5 });
    expect(stats.womenShare).toBeCloseTo(0.4);
    expect(stats.bySector.map((entry) => entry.sector)).toEqual([
      'government',
      'justice',
      'law_enforcement',
      'parliament',
      'civil_society',
      'international',
      'academia',
      'other',
    ]);
    expect(stats.bySector[0]?.counts).toEqual({ female: 1, male: 1, undisclosed: 0, total: 2 });
    expect(stats.bySector[2]?.counts.total).toBe(0);
    expect(stats.attendees.total).toBe(0);
    expect(stats.womenShareOfAttendees).toBeNull();
  });

  it('counts attendance per day once per person, and distinct attendees', () => {
    const stats = computeWorkshopStatistics({
      days,
      participants,
      attendance: [
        { participantId: 'a', day: '2026-12-07' },
        { participantId: 'a', day: '2026-12-07' },
        { participantId: 'b', day: '2026-12-07' },
        { participantId: 'a', day: '2026-12-08' },
        { participantId: 'c', day: '2026-12-08' },
        { participantId: 'ghost', day: '2026-12-08' },
        { participantId: 'd', day: '2026-12-31' },
      ],
      decisions: [],
    });
    expect(stats.attendanceByDay).toEqual([
      { day: '2026-12-07', counts: { female: 1, male: 1, undisclosed: 0, total: 2 } },
      { day: '2026-12-08', counts: { female: 1, male: 1, undisclosed: 0, total: 2 } },
    ]);
    expect(stats.attendees).toEqual({ female: 1, male: 2, undisclosed: 0, total: 3 });
    expect(stats.womenShareOfAttendees).toBeCloseTo(1 / 3);
  });

  it('counts recommendations by decision and by method, the undecided as open', () => {
    const stats = computeWorkshopStatistics({
      days,
      participants: [],
      attendance: [],
      decisions: [
        { recommendationId: 'r1', status: 'adopted', method: 'vote' },
        { recommendationId: 'r2', status: 'adopted_with_changes', method: 'consensus' },
        { recommendationId: 'r3', status: 'rejected', method: 'vote' },
        { recommendationId: 'r4', status: 'deferred', method: null },
        { recommendationId: 'r5', status: 'under_discussion', method: null },
        { recommendationId: 'r6', status: 'proposed', method: null },
        { recommendationId: 'r1', status: 'rejected', method: 'vote' },
      ],
    });
    expect(stats.recommendations).toEqual({
      total: 6,
      byStatus: { adopted: 1, adopted_with_changes: 1, rejected: 1, deferred: 1, open: 2 },
      byMethod: { vote: 2, consensus: 1, unrecorded: 1 },
    });
    expect(stats.womenShare).toBeNull();
  });
});
