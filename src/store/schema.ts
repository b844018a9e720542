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
  recommendations: RecommendationsTable;
  recommendation_versions: RecommendationVersionsTable;
  recommendation_transitions: RecommendationTransitionsTable;
  workshops: WorkshopsTable;
  workshop_sessions: WorkshopSessionsTable;
  participants: ParticipantsTable;
  attendance: AttendanceTable;
  vote_questions: VoteQuestionsTable;
  votes: VotesTable;
  contributions: ContributionsTable;
  drafts: DraftsTable;
  draft_versions: DraftVersionsTable;
  draft_node_changes: DraftNodeChangesTable;
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
  /** Set when the comment was marked resolved (comments on draft articles). */
  resolved_at: ColumnType<string | null, string | null | undefined, string | null>;
  resolved_by: ColumnType<string | null, string | null | undefined, string | null>;
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

export interface RecommendationsTable {
  id: string;
  project_id: string;
  /** Shown as R1, R2…: one sequence per project, never reused. */
  number: number;
  title: string;
  /** `amend`, `add`, `repeal` or `new_law`. */
  type: string;
  /** `high`, `medium` or `low`. */
  priority: string;
  /** `draft`, `proposed`, `under_discussion`, `adopted`, `adopted_with_changes`, `rejected`, `deferred`. */
  status: string;
  /** A catalogue theme, or `''` when none applies. */
  theme: string;
  /** The project's law the recommendation changes; null for a new law or another text. */
  target_law_id: string | null;
  target_text: string;
  target_article: string;
  /** The current wording: the text of the latest version. */
  wording: string;
  /** The number of the latest row of `recommendation_versions`. */
  wording_version: number;
  rationale: string;
  /** Obligation IDs of the findings the recommendation was written from, as JSON. */
  finding_ids_json: string;
  /** Obligation IDs the recommendation answers, as JSON. */
  obligation_ids_json: string;
  /** `vote` or `consensus` once decided at a workshop; null otherwise. */
  decision_method: string | null;
  decision_note: string;
  decided_at: string | null;
  decided_by: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string | null;
  /** Optimistic lock. */
  version: number;
}

export interface RecommendationVersionsTable {
  recommendation_id: string;
  /** 1 for the first wording, then one more per amendment. */
  number: number;
  wording: string;
  note: string;
  author_id: string | null;
  contribution_id: string | null;
  created_at: string;
}

export interface RecommendationTransitionsTable {
  id: Generated<number>;
  recommendation_id: string;
  from_status: string;
  to_status: string;
  reason: string;
  actor_id: string;
  at: string;
  workshop_id: string | null;
  question_id: string | null;
  /** `vote` or `consensus` for a decision taken at a workshop. */
  method: string | null;
  /** The count of a vote (`{for, against, abstain}`) as JSON. */
  tally_json: string | null;
}

export interface WorkshopsTable {
  id: string;
  project_id: string;
  title: string;
  /** Dates as `YYYY-MM-DD`. */
  starts_on: string;
  ends_on: string;
  place: string;
  organisers: string;
  partners: string;
  description: string;
  /** What participants type on their phones to join (unique across the server). */
  join_code: string;
  current_recommendation_id: string | null;
  current_question_id: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  version: number;
}

export interface WorkshopSessionsTable {
  id: string;
  workshop_id: string;
  /** `YYYY-MM-DD`, one of the workshop's days. */
  day: string;
  position: number;
  /** `HH:MM`. */
  starts_at: string;
  ends_at: string;
  title: string;
  description: string;
  recommendation_ids_json: string;
  obligation_ids_json: string;
}

export interface ParticipantsTable {
  id: string;
  workshop_id: string;
  name: string;
  organisation: string;
  /** `government`, `justice`, `law_enforcement`, `parliament`, `civil_society`, `international`, `academia`, `other`. */
  sector: string;
  function_title: string;
  /** `female`, `male` or `undisclosed`. */
  sex: string;
  email: string;
  phone: string;
  registered_by: string;
  device_hash: string | null;
  created_at: string;
}

export interface AttendanceTable {
  participant_id: string;
  workshop_id: string;
  day: string;
  method: string;
  checked_in_at: string;
  checked_in_by: string | null;
}

export interface VoteQuestionsTable {
  id: string;
  workshop_id: string;
  recommendation_id: string;
  wording_version: number;
  prompt: string;
  /** `open` or `closed`. */
  status: string;
  opened_at: string;
  opened_by: string;
  closed_at: string | null;
  closed_by: string | null;
}

export interface VotesTable {
  question_id: string;
  participant_id: string;
  /** `for`, `against` or `abstain`. */
  choice: string;
  cast_at: string;
  updated_at: string;
}

export interface ContributionsTable {
  id: string;
  workshop_id: string;
  recommendation_id: string;
  participant_id: string;
  kind: string;
  body: string;
  proposed_wording: string | null;
  status: string;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface DraftsTable {
  id: string;
  project_id: string;
  title: string;
  /** `blank`, `law` or `outline`. */
  origin: string;
  language: string;
  /** The law in force copied (origin `law`); null otherwise or once that law is deleted. */
  source_law_id: string | null;
  /** The law in force the draft will replace; null for a law added beside them. */
  replaces_law_id: string | null;
  /** The working copy: a DraftDocument (core/drafting) as JSON. */
  document_json: string;
  article_count: number;
  placeholder_count: number;
  /** One more per edit; the optimistic lock and the base of conflict detection. */
  revision: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string | null;
}

export interface DraftVersionsTable {
  draft_id: string;
  /** 1, 2, 3… per draft. */
  number: number;
  name: string;
  note: string;
  /** The draft's revision when saved. */
  revision: number;
  document_json: string;
  article_count: number;
  created_at: string;
  created_by: string;
}

export interface DraftNodeChangesTable {
  draft_id: string;
  node_key: string;
  /** The revision of the last edit of this unit. */
  revision: number;
  changed_by: string | null;
  changed_at: string;
}
