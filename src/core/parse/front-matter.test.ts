import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter.js';
import { splitSourceLines } from './source-line.js';

describe('readFrontMatter', () => {
  it('sorts title, exposé des motifs and visas, joining wrapped lines', () => {
    const front = readFrontMatter(
      splitSourceLines(
        [
          'RÉPUBLIQUE DU MALI',
          'EXPOSÉ DES MOTIFS',
          'La traite des personnes',
          'est un fléau.',
          'LOI N°2012-023 DU 12 JUILLET 2012 RELATIVE À LA LUTTE',
          'CONTRE LA TRAITE DES PERSONNES',
          '',
          'Vu la Constitution ;',
          'Vu la Convention des Nations Unies',
          'contre la criminalité transnationale organisée ;',
        ].join('\n'),
      ),
    );
    expect(front.title).toBe(
      'LOI N°2012-023 DU 12 JUILLET 2012 RELATIVE À LA LUTTE CONTRE LA TRAITE DES PERSONNES',
    );
    expect(front.explanatoryNote).toEqual(['La traite des personnes est un fléau.']);
    expect(front.preamble).toEqual([
      'Vu la Constitution ;',
      'Vu la Convention des Nations Unies contre la criminalité transnationale organisée ;',
    ]);
  });

  it('keeps the long title, recitals and enacting formula of an act', () => {
    const front = readFrontMatter(
      splitSourceLines(
        'AN ACT to provide for trafficking.\n\nWHEREAS it is expedient;\nBE IT ENACTED by Parliament.',
      ),
    );
    expect(front.preamble).toEqual([
      'AN ACT to provide for trafficking.',
      'WHEREAS it is expedient;',
      'BE IT ENACTED by Parliament.',
    ]);
  });
});
