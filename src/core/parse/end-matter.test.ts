import { describe, expect, it } from 'vitest';
import { isConclusionStart } from './end-matter.js';

describe('isConclusionStart', () => {
  it.each([
    "La présente loi sera exécutée comme loi de l'État.",
    'Fait à Bamako, le 12 juillet 2012',
    'Bamako, le 12 juillet 2012',
    'Le Président de la République,',
    'Le ministre de la Justice, Garde des Sceaux,',
    'Par le Président de la République',
    'Passed in the National Assembly on 3rd June, 2019.',
    'TAHIR HUSSAIN,',
  ])('sees %j as the start of the end matter', (line) => {
    expect(isConclusionStart(line)).toBe(true);
  });

  it.each([
    'Le Président de la République nomme les membres du comité.',
    'La présente loi a pour objet de prévenir la traite.',
    'Le ministre chargé de la justice fixe par arrêté les modalités.',
    'The Minister may make regulations.',
  ])('sees %j as article text', (line) => {
    expect(isConclusionStart(line)).toBe(false);
  });
});
