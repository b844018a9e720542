import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../testing/shared-corpus.js';
import { captureIo as capture } from '../captured-io.js';
import { main } from '../main.js';

interface FiguresLine {
  readonly recall_at_3: number | null;
  readonly top1_precision: number | null;
  readonly status_accuracy: number | null;
  readonly element_f1: number | null;
  readonly laws: readonly { law: string; recall_at_3: number | null }[];
}

function lastLine(text: string): FiguresLine {
  const lines = text.trimEnd().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? '') as FiguresLine;
}

const laws = repoPath('examples/laws');
const folder = mkdtempSync(join(tmpdir(), 'lexalign-eval-'));

describe('lexalign eval', () => {
  it('measures a folder of gold files and prints the figures as JSON on the last line', async () => {
    const run = capture();
    expect(await main(['eval', '--dir', laws], run.io)).toBe(0);
    const figures = lastLine(run.out());
    for (const key of ['recall_at_3', 'top1_precision', 'status_accuracy', 'element_f1'] as const) {
      expect(typeof figures[key], key).toBe('number');
    }
    expect(figures.laws.length).toBeGreaterThanOrEqual(5);
    expect(figures.laws.map((law) => law.law).join(' ')).toContain('zz-trafficking-act-2019.txt');
    expect(run.out()).toMatch(/zz-trafficking-act-2019\.txt: recall@3 \d+\.\d%, top-1 /);
  });

  it('measures one law against its gold file', async () => {
    const run = capture();
    const code = await main(
      [
        'eval',
        join(laws, 'zz-trafficking-act-2019.txt'),
        '--gold',
        join(laws, 'zz-trafficking-act-2019.gold.json'),
      ],
      run.io,
    );
    expect(code).toBe(0);
    const figures = lastLine(run.out());
    expect(figures.laws).toHaveLength(1);
    expect(figures.recall_at_3).toBe(figures.laws[0]?.recall_at_3);
  });

  it('lists where the engine and the gold differ with --verbose', async () => {
    const run = capture();
    const code = await main(
      [
        'eval',
        join(laws, 'zz-trafficking-act-2019.txt'),
        '--gold',
        join(laws, 'zz-trafficking-act-2019.gold.json'),
        '--verbose',
      ],
      run.io,
    );
    expect(code).toBe(0);
    expect(run.out()).toMatch(/^ {2}[A-Z]+\.\S+: engine \S+ \[.*\], gold \S+ \[.*\]$/m);
  });

  it('answers a usage error with exit code 2', async () => {
    const run = capture();
    expect(await main(['eval', join(laws, 'zz-trafficking-act-2019.txt')], run.io)).toBe(2);
    expect(run.err()).toContain('give a law with --gold, or --dir alone');
  });

  it('answers a malformed gold file with exit code 1, naming the field', async () => {
    const gold = join(folder, 'bad.gold.json');
    writeFileSync(
      gold,
      JSON.stringify({
        law: 'x.txt',
        obligations: [{ id: 'TIP.3.a', status: 'done', provisions: [] }],
      }),
    );
    const run = capture();
    expect(
      await main(['eval', join(laws, 'zz-trafficking-act-2019.txt'), '--gold', gold], run.io),
    ).toBe(1);
    expect(run.err()).toMatch(/^lexalign eval: error: .*bad\.gold\.json: obligations\.0\.status: /);
  });

  it('answers a folder without gold files with exit code 1', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'lexalign-eval-empty-'));
    const run = capture();
    expect(await main(['eval', '--dir', empty], run.io)).toBe(1);
    expect(run.err()).toMatch(/^lexalign eval: error: .*no \*\.gold\.json file/);
  });
});
