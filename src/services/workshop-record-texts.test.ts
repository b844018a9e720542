import { describe, expect, it } from 'vitest';
import { amendmentNote, takenUpReason } from './workshop-record-texts.js';

describe('texts written on the record during a workshop', () => {
  it('follow the project’s language', () => {
    expect(takenUpReason('fr', 'Atelier de Bamako')).toBe(
      'Examinée à l’atelier « Atelier de Bamako »',
    );
    expect(takenUpReason('en', 'Bamako workshop')).toBe(
      'Taken up at the workshop “Bamako workshop”',
    );
  });

  it('name who proposed an amendment, their organisation when known, and why', () => {
    const amendment = { name: 'Awa Diarra', organisation: 'AMDH', body: 'Ajouter le matériel' };
    expect(amendmentNote('fr', amendment)).toBe(
      'Amendement de Awa Diarra (AMDH) à l’atelier : Ajouter le matériel',
    );
    expect(amendmentNote('en', { ...amendment, organisation: '', body: '' })).toBe(
      'Amendment from Awa Diarra at the workshop',
    );
  });
});
