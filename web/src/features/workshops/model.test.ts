import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../src/contract/workshops.js';
import {
  formatDay,
  formatShare,
  formatSpan,
  moved,
  parseObligationIds,
  presence,
  presenceKey,
  searchParticipants,
  sessionProblems,
} from './model.js';

const person = (name: string, organisation: string): Participant => ({
  id: name,
  name,
  organisation,
  sector: 'civil_society',
  functionTitle: 'Juriste',
  sex: 'female',
  email: null,
  phone: null,
  registeredBy: 'organiser',
  hasDevice: false,
  days: [],
  createdAt: '2026-12-01T00:00:00Z',
});

describe('workshop model', () => {
  it('writes days and spans in the reader’s language, whatever the time zone', () => {
    expect(formatDay('2026-12-07', 'fr')).toBe('lun. 7 déc. 2026');
    expect(formatDay('2026-12-07', 'en')).toBe('Mon, 7 Dec 2026');
    expect(formatSpan('2026-12-07', '2026-12-11', 'en')).toBe('7 Dec 2026 – 11 Dec 2026');
    expect(formatSpan('2026-12-07', '2026-12-07', 'en')).toBe('7 Dec 2026');
    expect(formatShare(15 / 52, 'en')).toBe('28.8%');
    expect(formatShare(null, 'fr')).toBe('–');
  });

  it('finds participants by any words of name, organisation or function, accents ignored', () => {
    const list = [person('Awa Traoré', 'ONG Espoir'), person('Issa Koné', 'Gendarmerie')];
    expect(searchParticipants(list, 'traore espoir').map((p) => p.name)).toEqual(['Awa Traoré']);
    expect(searchParticipants(list, '  ')).toHaveLength(2);
    expect(searchParticipants(list, 'GENDARM')).toHaveLength(1);
    expect(searchParticipants(list, 'police')).toEqual([]);
  });

  it('moves a session up or down within its day, not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b'], 0, -1)).toBeUndefined();
    expect(moved(['a', 'b'], 1, 1)).toBeUndefined();
  });

  it('checks a session before sending it', () => {
    const draft = {
      day: '2026-12-07',
      startsAt: '09:00',
      endsAt: '10:00',
      title: 'Ouverture',
      description: '',
      recommendationIds: [],
      obligationIds: [],
    };
    expect(sessionProblems(draft, ['2026-12-07'])).toEqual({});
    expect(sessionProblems({ ...draft, endsAt: '08:00', title: ' ' }, ['2026-12-08'])).toEqual({
      day: 'ws.session.dayOutside',
      endsAt: 'ws.session.endBeforeStart',
      title: 'ws.session.titleRequired',
    });
    expect(parseObligationIds('TIP.3.a, SOM.6.1.a\nTIP.3.a')).toEqual(['TIP.3.a', 'SOM.6.1.a']);
  });

  it('knows who is present on which day', () => {
    const present = presence([{ participantId: 'p1', day: '2026-12-07' }]);
    expect(present.has(presenceKey('p1', '2026-12-07'))).toBe(true);
    expect(present.has(presenceKey('p1', '2026-12-08'))).toBe(false);
  });
});
