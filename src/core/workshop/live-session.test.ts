import { describe, expect, it } from 'vitest';
import { isWorkshopDay, nameKey, samePerson, tallyOf, tallyShares } from './live-session.js';

describe('the live session arithmetic', () => {
  it('counts votes by choice', () => {
    expect(tallyOf(['for', 'for', 'against', 'abstain', 'for'])).toEqual({
      for: 3,
      against: 1,
      abstain: 1,
    });
    expect(tallyOf([])).toEqual({ for: 0, against: 0, abstain: 0 });
  });

  it('gives shares in whole percent, zero when nobody voted', () => {
    expect(tallyShares({ for: 2, against: 1, abstain: 1 })).toEqual({
      for: 50,
      against: 25,
      abstain: 25,
    });
    expect(tallyShares({ for: 0, against: 0, abstain: 0 })).toEqual({
      for: 0,
      against: 0,
      abstain: 0,
    });
  });

  it('recognises a person whatever the case, accents and spacing', () => {
    expect(nameKey('  Aïssata   TRAORÉ ')).toBe('aissata traore');
    expect(
      samePerson(
        { name: 'Aïssata Traoré', organisation: 'Ministère de la Justice' },
        { name: 'AISSATA TRAORE', organisation: 'ministere de la justice' },
      ),
    ).toBe(true);
    expect(
      samePerson(
        { name: 'Aïssata Traoré', organisation: 'Ministère de la Justice' },
        { name: 'Aïssata Traoré', organisation: 'Police nationale' },
      ),
    ).toBe(false);
  });

  it('knows the days of a workshop', () => {
    const workshop = { startsOn: '2026-03-10', endsOn: '2026-03-12' };
    expect(isWorkshopDay(workshop, '2026-03-10')).toBe(true);
    expect(isWorkshopDay(workshop, '2026-03-12')).toBe(true);
    expect(isWorkshopDay(workshop, '2026-03-13')).toBe(false);
  });
});
