import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../src/contract/projects.js';
import { allows, normaliseCountry, sortProjects } from './model.js';

const project = (name: string, actions: string[] = []): Project => ({
  id: name,
  name,
  country: 'ML',
  language: 'fr',
  description: '',
  createdAt: '2024-01-01T00:00:00Z',
  role: 'analyst',
  actions,
});

describe('projects model', () => {
  it('allows only the actions the server listed', () => {
    expect(allows(project('a', ['finding.edit']), 'finding.edit')).toBe(true);
    expect(allows(project('a', ['finding.edit']), 'finding.confirm')).toBe(false);
  });

  it('sorts projects by name in the reader’s alphabet', () => {
    const names = sortProjects([project('Sénégal'), project('Mali'), project('Bénin')], 'fr').map(
      (p) => p.name,
    );
    expect(names).toEqual(['Bénin', 'Mali', 'Sénégal']);
  });

  it('normalises a country code', () => {
    expect(normaliseCountry(' ml ')).toBe('ML');
  });
});
