/**
 * Who may do what in a project, as pure predicates (DESIGN.md §5 `core/access`). The server
 * asks these before every action; the web asks them to hide what a member cannot do.
 */

/** A member's role in one project. */
export type ProjectRole = 'owner' | 'analyst' | 'reviewer' | 'drafter' | 'organiser' | 'observer';
export const PROJECT_ROLES: readonly ProjectRole[] = [
  'owner',
  'analyst',
  'reviewer',
  'drafter',
  'organiser',
  'observer',
];

/** Everything a member can do inside a project. */
export type ProjectAction =
  | 'project.read'
  | 'project.manage'
  | 'members.manage'
  | 'law.import'
  | 'law.delete'
  | 'analysis.run'
  | 'finding.edit'
  | 'finding.confirm'
  | 'comment.write'
  /** Write recommendations, amend their wording, propose them for discussion. */
  | 'recommendation.write'
  /** Decide on a recommendation: adopt, adopt with changes, reject, defer. */
  | 'recommendation.decide'
  /** Organise the workshop: event, agenda, participants, attendance, live session and votes. */
  | 'workshop.manage'
  /** Write drafts of the new law: create, edit, link, save versions, restore, delete. */
  | 'draft.write';

const GRANTS: Readonly<Record<ProjectRole, readonly ProjectAction[]>> = {
  owner: [
    'project.read',
    'project.manage',
    'members.manage',
    'law.import',
    'law.delete',
    'analysis.run',
    'finding.edit',
    'finding.confirm',
    'comment.write',
    'recommendation.write',
    'recommendation.decide',
    'workshop.manage',
    'draft.write',
  ],
  analyst: [
    'project.read',
    'law.import',
    'analysis.run',
    'finding.edit',
    'comment.write',
    'recommendation.write',
  ],
  reviewer: ['project.read', 'finding.confirm', 'comment.write', 'recommendation.decide'],
  drafter: ['project.read', 'comment.write', 'recommendation.write', 'draft.write'],
  /** Programme staff who run the workshop; the chair records its decisions. */
  organiser: ['project.read', 'comment.write', 'recommendation.decide', 'workshop.manage'],
  observer: ['project.read'],
};

/** True when a member with `role` (undefined: not a member) may do `action`. */
export function can(role: ProjectRole | undefined, action: ProjectAction): boolean {
  return role !== undefined && GRANTS[role].includes(action);
}

/** The actions a role grants, for the web to show or hide controls. */
export function actionsOf(role: ProjectRole | undefined): readonly ProjectAction[] {
  return role === undefined ? [] : GRANTS[role];
}
