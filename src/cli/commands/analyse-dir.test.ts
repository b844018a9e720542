import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../../testing/shared-corpus.js';
import { captureIo } from '../captured-io.js';
import { main } from '../main.js';

/** A region's folder: two example laws, a README and a gold file to leave out. */
describe('lexalign analyse --dir', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'lexalign-region-'));
    for (const name of ['zz-trafficking-act-2019.txt', 'xf-loi-trafic-migrants-2019.txt'])
      copyFileSync(repoPath(`examples/laws/${name}`), join(folder, name));
    copyFileSync(
      repoPath('examples/laws/zz-trafficking-act-2019.gold.json'),
      join(folder, 'zz-trafficking-act-2019.gold.json'),
    );
    writeFileSync(join(folder, 'README.md'), '# The region\n');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const csvLines = (text: string) => text.trimEnd().split(/\r?\n/);

  it('analyses each law on its own into one CSV with a column for the file', async () => {
    const run = captureIo();
    expect(
      await main(
        ['analyse', '--dir', folder, '--format', 'csv', '--obligations', 'SOM.5,UNTOC.10.1'],
        run.io,
      ),
    ).toBe(0);
    const lines = csvLines(run.out());
    expect(lines[0]).toBe('file,obligation,title,status,provisions,missing_elements,explanation');
    const rows = lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','));
    expect(rows).toEqual([
      'xf-loi-trafic-migrants-2019.txt,SOM.5',
      'xf-loi-trafic-migrants-2019.txt,UNTOC.10.1',
      'zz-trafficking-act-2019.txt,SOM.5',
      'zz-trafficking-act-2019.txt,UNTOC.10.1',
    ]);
    // Planted gaps: Kanem punishes the smuggled migrant; Zedland's body corporate is not liable.
    expect(lines.find((line) => line.startsWith('xf-loi-trafic-migrants-2019.txt,SOM.5,'))).toMatch(
      /,missing,/,
    );
    expect(
      lines.find((line) => line.startsWith('zz-trafficking-act-2019.txt,UNTOC.10.1,')),
    ).toMatch(/,missing,/);
    // Not a terminal: one plain progress line per file, in order.
    expect(
      run
        .err()
        .split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      expect.stringMatching(
        /^lexalign analyse: 1\/2 xf-loi-trafic-migrants-2019\.txt: 2 obligations/,
      ),
      expect.stringMatching(/^lexalign analyse: 2\/2 zz-trafficking-act-2019\.txt: 2 obligations/),
    ]);
  });

  it('draws a progress bar in place when stderr is a terminal', async () => {
    const run = captureIo({ tty: true });
    expect(await main(['analyse', '--dir', folder, '--obligations', 'SOM.5'], run.io)).toBe(0);
    expect(run.err()).toContain(
      '\r\x1b[2K[############------------] 1/2 xf-loi-trafic-migrants-2019.txt',
    );
    expect(run.err()).toMatch(/\[#{24}\] 2\/2 zz-trafficking-act-2019\.txt\n$/);
    expect(run.out()).toMatch(/^xf-loi-trafic-migrants-2019\.txt {2}fr {2}/m);
    expect(run.out()).toContain('2 of 2 laws analysed');
  });

  it('reports a file it cannot read, analyses the others and exits with 1', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'lexalign-region-'));
    try {
      copyFileSync(repoPath('examples/laws/zz-trafficking-act-2019.txt'), join(broken, 'b-zz.txt'));
      writeFileSync(join(broken, 'a-empty.txt'), '');
      writeFileSync(join(broken, 'c-broken.docx'), 'not a word document');
      const run = captureIo();
      expect(
        await main(
          ['analyse', '--dir', broken, '--format', 'csv', '--obligations', 'SOM.5'],
          run.io,
        ),
      ).toBe(1);
      expect(csvLines(run.out()).slice(1)).toEqual([expect.stringMatching(/^b-zz\.txt,SOM\.5,/)]);
      expect(run.err()).toContain('lexalign analyse: 1/3 a-empty.txt: failed');
      expect(run.err()).toMatch(/lexalign analyse: error: a-empty\.txt: .*empty/);
      expect(run.err()).toMatch(/lexalign analyse: error: c-broken\.docx: /);
      expect(run.err()).toContain('2 of 3 files could not be analysed');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('refuses law files together with --dir, and a folder that is not there', async () => {
    const both = captureIo();
    expect(await main(['analyse', 'law.txt', '--dir', folder], both.io)).toBe(2);
    expect(both.err()).toContain('either law files or --dir');
    const missing = captureIo();
    expect(await main(['analyse', '--dir', join(folder, 'nowhere')], missing.io)).toBe(1);
    expect(missing.err()).toContain('cannot read the folder');
  });
});
