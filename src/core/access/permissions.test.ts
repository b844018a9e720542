import { describe, expect, it } from 'vitest';
import { actionsOf, can, PROJECT_ROLES } from './permissions.js';

describe('project permissions', () => {
  it('lets only owners manage members and delete laws', () => {
    for (const role of PROJECT_ROLES) {
      expect(can(role, 'members.manage')).toBe(role === 'owner');
      expect(can(role, 'law.delete')).toBe(role === 'owner');
    }
  });

  it('separates editing findings (analysts) from confirming them (reviewers)', () => {
    expect(can('analyst', 'finding.edit')).toBe(true);
    expect(can('analyst', 'finding.confirm')).toBe(false);
    expect(can('reviewer', 'finding.confirm')).toBe(true);
    expect(can('reviewer', 'finding.edit')).toBe(false);
  });

  it('gives observers reading and nothing else, and outsiders nothing', () => {
    expect(actionsOf('observer')).toEqual(['project.read']);
    expect(can(undefined, 'project.read')).toBe(false);
    expect(actionsOf(undefined)).toEqual([]);
  });
});
