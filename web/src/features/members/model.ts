import type { Member } from '../../../../src/contract/projects.js';
import { PROJECT_ROLES } from '../../../../src/core/access/permissions.js';

/** Members by role (owners first, as PROJECT_ROLES orders them), then by name. */
export function sortMembers(members: readonly Member[], language: string): Member[] {
  return [...members].sort(
    (a, b) =>
      PROJECT_ROLES.indexOf(a.role) - PROJECT_ROLES.indexOf(b.role) ||
      a.user.name.localeCompare(b.user.name, language),
  );
}

/** True when changing `member` away from owner would leave the project without one. */
export function isLastOwner(members: readonly Member[], member: Member): boolean {
  return member.role === 'owner' && members.filter((item) => item.role === 'owner').length === 1;
}
