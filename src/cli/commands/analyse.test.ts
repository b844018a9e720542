import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../testing/shared-corpus.js';
import { captureIo as capture } from '../captured-io.js';
import { main } from '../main.js';

const french = repoPath('examples/laws/ml-loi-traite-2012.txt');
const english = repoPath('examples/laws/zz-trafficking-act-2019.txt');

describe('lexalign analyse', () => {
  it('prints the concordance table in the law’s language, with a row per obligation', async () => {
    const run = capture();
    expect(await main(['analyse', french, '--obligations', 'TIP.3'], run.io)).toBe(0);
    const lines = run.out().split('\n');
    expect(lines[0]).toMatch(/^Obligation\s+Statut\s+Dispositions\s+Éléments manquants$/);
    expect(lines[1]).toMatch(/^-+( +-+){3}$/);
    expect(run.out()).toMatch(/^TIP\.3\.a\s+\S+/m);
    expect(run.out()).toMatch(/^TIP\.3\.d\s+\S+/m);
    expect(run.out()).toMatch(/: \d+ obligations \(.*\); catalogue \S+\n$/);
    expect(run.err()).toBe('');
  });

  it('prints English headers for an English law', async () => {
    const run = capture();
    expect(await main(['analyse', english, '--obligations', 'TIP.3.a'], run.io)).toBe(0);
    expect(run.out().split('\n')[0]).toMatch(
      /^Obligation\s+Status\s+Provisions\s+Missing elements$/,
    );
  });

  it('prints CSV with a header line and one line per obligation', async () => {
    const run = capture();
    expect(
      await main(['analyse', english, '--obligations', 'TIP.3.a,SOM.5', '--format', 'csv'], run.io),
    ).toBe(0);
    const lines = run.out().trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe('obligation,title,status,provisions,missing_elements,explanation');
    expect(lines.filter((line) => /^(TIP\.3\.a|SOM\.5),/.test(line))).toHaveLength(2);
  });

  it('prints the analysis as JSON that parses', async () => {
    const run = capture();
    expect(
      await main(['analyse', english, '--obligations', 'UNTOC.10.1', '--format', 'json'], run.io),
    ).toBe(0);
    const parsed = JSON.parse(run.out()) as {
      laws: string[];
      language: string;
      findings: { obligationId: string; status: string }[];
    };
    expect(parsed.laws).toEqual([english]);
    expect(parsed.language).toBe('en');
    expect(parsed.findings.map((finding) => finding.obligationId)).toEqual(['UNTOC.10.1']);
  });

  it('refuses an unknown --format with exit code 2 and says which formats exist', async () => {
    const run = capture();
    expect(await main(['analyse', english, '--format', 'xml'], run.io)).toBe(2);
    expect(run.err()).toContain('--format must be table, json or csv, got "xml"');
    expect(run.out()).toBe('');
  });

  it('refuses --obligations that match nothing with exit code 2, naming them', async () => {
    const run = capture();
    expect(await main(['analyse', english, '--obligations', 'TIP,XYZ.9'], run.io)).toBe(2);
    expect(run.err()).toContain('no obligation matches "XYZ.9"');
    expect(run.err()).not.toContain('"TIP"');
  });

  it('answers a missing law with exit code 1, naming the file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lexalign-analyse-'));
    const run = capture();
    expect(await main(['analyse', join(folder, 'absent-law.txt')], run.io)).toBe(1);
    expect(run.err()).toMatch(/^lexalign analyse: error: .*absent-law\.txt/);
  });

  it('asks for a law when none is given', async () => {
    const run = capture();
    expect(await main(['analyse'], run.io)).toBe(2);
    expect(run.err()).toContain('give at least one law file');
  });
});
