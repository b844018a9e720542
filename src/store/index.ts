/**
 * The storage layer: one query layer over SQLite and PostgreSQL (DESIGN.md §4). Open a store
 * with `openStore`, then call the repo functions with `store.db` or a transaction.
 */
export { DEFAULT_SQLITE_PATH, openStore } from './open-store.js';
export type { DialectName, Store, StoreConfig } from './open-store.js';
export type { LiveChannel } from './live-channel.js';
export type { Database } from './schema.js';
export type { PersonRef } from './repos/person-ref.js';
export {
  countUsers,
  findUserByEmail,
  findUserById,
  insertUser,
  listUsers,
  updatePassword,
} from './repos/users.js';
export type { UserRecord } from './repos/users.js';
export {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findLiveSession,
  insertSession,
} from './repos/sessions.js';
export type { SessionRecord } from './repos/sessions.js';
export {
  countOwners,
  findProject,
  insertProject,
  listMembers,
  listProjectsForUser,
  markAnalysed,
  removeMember,
  roleOf,
  upsertMember,
} from './repos/projects.js';
export type { MemberRecord, ProjectRecord } from './repos/projects.js';
export { deleteLaw, findLaw, insertLaw, listLaws, loadLawDocuments } from './repos/laws.js';
export type { LawRecord } from './repos/laws.js';
export {
  deleteFindings,
  findFinding,
  insertFindings,
  listFindings,
  updateFinding,
} from './repos/findings.js';
export type { FindingRecord, FindingWrite, MappingRecord } from './repos/findings.js';
export { insertComment, listComments } from './repos/comments.js';
export type { CommentRecord } from './repos/comments.js';
export { appendAudit, listAudit } from './repos/audit.js';
export type { AuditRecord } from './repos/audit.js';
