import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../src/contract/projects.js';
import { isLastOwner, sortMembers } from './model.js';

const member = (name: string, role: Member['role']): Member => ({
  user: { id: name, name },
  email: `${name}@example.org`,
  role,
});

describe('members model', () => {
  it('lists owners first, then by role and name', () => {
    const sorted = sortMembers(
      [
        member('Zou', 'observer'),
        member('Awa', 'analyst'),
        member('Moussa', 'owner'),
        member('Ali', 'analyst'),
      ],
      'fr',
    );
    expect(sorted.map((item) => item.user.name)).toEqual(['Moussa', 'Ali', 'Awa', 'Zou']);
  });

  it('knows the last owner', () => {
    const owner = member('Moussa', 'owner');
    expect(isLastOwner([owner, member('Awa', 'analyst')], owner)).toBe(true);
    expect(isLastOwner([owner, member('Awa', 'owner')], owner)).toBe(false);
    expect(isLastOwner([owner], member('Awa', 'analyst'))).toBe(false);
  });
});
