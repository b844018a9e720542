import { describe, expect, it } from 'vitest';
import { FINDING_STATUSES, INSTRUMENTS, OBLIGATION_KINDS } from '../../../src/contract/common.js';
import { MAPPING_DECISIONS } from '../../../src/contract/findings.js';
import { LiveChange } from '../../../src/contract/live.js';
import { PROJECT_ROLES } from '../../../src/core/access/permissions.js';
import { en } from './en.js';
import { formatBytes } from './format.js';
import { fr } from './fr.js';
import { resolveLanguage } from './language.js';
import { fill, nameOf, translator } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('gives French every English key and no other', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('leaves no message empty', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(fr[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });

  it('names every theme, status, role, kind, instrument and decision of the API', () => {
    const themes = [
      ...['general', 'definitions', 'criminalization', 'sanctions', 'legal_persons'],
      ...['confiscation', 'jurisdiction', 'victim_protection', 'immigration_return'],
      ...['prevention', 'border_documents', 'international_cooperation', 'procedure'],
      'final_clauses',
    ];
    const keys = [
      ...themes.map((theme) => `theme.${theme}`),
      ...FINDING_STATUSES.map((status) => `status.${status}`),
      ...PROJECT_ROLES.map((role) => `role.${role}`),
      ...OBLIGATION_KINDS.map((kind) => `kind.${kind}`),
      ...INSTRUMENTS.map((instrument) => `instrument.${instrument}`),
      ...MAPPING_DECISIONS.map((decision) => `decision.${decision}`),
      ...LiveChange.shape.kind.options.map((kind) => `live.what.${kind}`),
    ];
    for (const key of keys) expect(Object.hasOwn(en, key), key).toBe(true);
  });
});

describe('fill and translator', () => {
  it('puts values into placeholders and leaves unknown ones', () => {
    expect(fill('{a} of {b} ({c})', { a: 1, b: 'two' })).toBe('1 of two ({c})');
  });

  it('translates a key with values', () => {
    expect(translator('fr')('progress.label', { confirmed: 3, total: 10 })).toBe(
      'Revue\u00a0: 3 constats confirmés sur 10',
    );
  });

  it('falls back to the data name for a theme it does not know', () => {
    expect(nameOf(translator('en'), 'theme', 'victim_protection')).toBe('Protection of victims');
    expect(nameOf(translator('en'), 'theme', 'new_theme')).toBe('new theme');
  });
});

describe('resolveLanguage', () => {
  it('prefers the reader’s own choice', () => {
    expect(resolveLanguage({ stored: 'en', projectLanguage: 'fr', userLocale: 'fr' })).toBe('en');
  });

  it('reads a French-language project in French by default', () => {
    expect(resolveLanguage({ projectLanguage: 'fr', userLocale: 'en' })).toBe('fr');
  });

  it('otherwise follows the user, then the browser, then French', () => {
    expect(resolveLanguage({ projectLanguage: 'en', userLocale: 'en' })).toBe('en');
    expect(resolveLanguage({ stored: 'de', browser: ['de-DE', 'en-US'] })).toBe('en');
    expect(resolveLanguage({})).toBe('fr');
  });
});

describe('formatBytes', () => {
  it('writes sizes in the reader’s units', () => {
    expect(formatBytes(20 * 1024 * 1024, 'en')).toBe('20\u00a0MB');
    expect(formatBytes(1536, 'fr')).toBe('1,5\u00a0ko');
    expect(formatBytes(500, 'en')).toBe('500\u00a0B');
    expect(formatBytes(21_000_000, 'fr', { roundUp: true })).toBe('20,1\u00a0Mo');
  });
});
