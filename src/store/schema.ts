import type { ColumnType, Generated } from 'kysely';

/**
 * The database as Kysely sees it: one source of table types for SQLite and PostgreSQL.
 * Portable choices: IDs are text (random UUIDs), times are ISO-8601 UTC text, JSON is text
 * (parsed by the repos), booleans are integers 0/1. Column names are snake_case in SQL.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  projects: ProjectsTable;
  members: MembersTable;
  laws: LawsTable;
  findings: FindingsTable;
  comments: CommentsTable;
  audit_events: AuditEventsTable;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: number;
  must_change_password: number;
  locale: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token, so a stolen database does not hold live sessions. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ProjectsTable {
  id: string;
  name: string;
  country: string;
  language: string;
  description: string;
  created_at: string;
  created_by: string;
  /** When the engine last ran over the project's laws; null before the first law. */
  analysed_at: string | null;
  catalogue_version: string | null;
}

export interface MembersTable {
  project_id: string;
  user_id: string;
  role: string;
  added_at: string;
}

export interface LawsTable {
  id: string;
  project_id: string;
  /** Position in the project's analysis (engine document index), ascending by import. */
  position: number;
  title: string;
  file_name: string;
  format: string;
  language: string;
  size_bytes: number;
  /** The LegalDocument tree (core/model) as JSON. */
  document_json: string;
  /** Import diagnostics as JSON. */
  diagnostics_json: string;
  article_count: number;
  created_at: string;
  created_by: string;
}

export interface FindingsTable {
  project_id: string;
  obligation_id: string;
  /** Current status: the engine's until an analyst sets one. */
  status: string;
  engine_status: string;
  /** The engine's finding for this obligation (candidates, elements, explanation) as JSON. */
  engine_json: string;
  /** Provision mappings with their decisions, as JSON. */
  mappings_json: string;
  /** What the concordance table shows of the engine's record, as JSON (`{}` when not yet made). */
  summary_json: ColumnType<string, string | undefined, string>;
  reason: string;
  /** 1 once an analyst has set the status: re-running the engine keeps it. */
  status_set_by_analyst: number;
  updated_at: string;
  updated_by: string | null;
  confirmed_at: string | null;
  confirmed_by: string | null;
  version: number;
}

export interface CommentsTable {
  id: string;
  project_id: string;
  /** What the comment is on: `finding` for now. */
  target_type: string;
  target_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  project_id: string | null;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  before_json: string | null;
  after_json: string | null;
  at: ColumnType<string, string, never>;
}
