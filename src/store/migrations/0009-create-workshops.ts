import type { Kysely } from 'kysely';

/**
 * The consultation workshop: the event and its agenda, the participants and their attendance,
 * and the live session (questions put to the vote, votes, participants' comments and
 * amendments). Participants have no account: a phone is known by the hash of a token it keeps.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('organisers', 'text', (c) => c.notNull())
    .addColumn('partners', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('join_code', 'text', (c) => c.notNull().unique())
    /** What the presenter's screen shows, kept here so a reload loses nothing. */
    .addColumn('current_recommendation_id', 'text')
    .addColumn('current_question_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workshops_project').on('workshops').column('project_id').execute();

  await db.schema
    .createTable('workshop_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('recommendation_ids_json', 'text', (c) => c.notNull())
    .addColumn('obligation_ids_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workshop_sessions_workshop')
    .on('workshop_sessions')
    .columns(['workshop_id', 'day', 'position'])
    .execute();

  await db.schema
    .createTable('participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('function_title', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    /** `organiser` (typed in), `import` (attendance sheet) or `self` (joined from a phone). */
    .addColumn('registered_by', 'text', (c) => c.notNull())
    /** SHA-256 of the token the participant's phone keeps; null until a phone joins as them. */
    .addColumn('device_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('participants_workshop')
    .on('participants')
    .column('workshop_id')
    .execute();

  await db.schema
    .createTable('attendance')
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('participants.id').onDelete('cascade'),
    )
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('day', 'text', (c) => c.notNull())
    /** `organiser` (checked in at the desk) or `self` (with the join code). */
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('checked_in_at', 'text', (c) => c.notNull())
    .addColumn('checked_in_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('attendance_pk', ['participant_id', 'day'])
    .execute();
  await db.schema
    .createIndex('attendance_workshop_day')
    .on('attendance')
    .columns(['workshop_id', 'day'])
    .execute();

  await db.schema
    .createTable('vote_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('recommendation_id', 'text', (c) =>
      c.notNull().references('recommendations.id').onDelete('cascade'),
    )
    /** The version of the wording put to the vote. */
    .addColumn('wording_version', 'integer', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('vote_questions_workshop')
    .on('vote_questions')
    .columns(['workshop_id', 'recommendation_id'])
    .execute();

  await db.schema
    .createTable('votes')
    .addColumn('question_id', 'text', (c) =>
      c.notNull().references('vote_questions.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('participants.id').onDelete('cascade'),
    )
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // One vote per participant per question, in the database itself.
    .addPrimaryKeyConstraint('votes_pk', ['question_id', 'participant_id'])
    .execute();

  await db.schema
    .createTable('contributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('recommendation_id', 'text', (c) =>
      c.notNull().references('recommendations.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('participants.id').onDelete('cascade'),
    )
    /** `comment` or `amendment` (then `proposed_wording` holds the wording proposed). */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('proposed_wording', 'text')
    /** `open`, `accepted` (the amendment became a version) or `dismissed`. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('contributions_recommendation')
    .on('contributions')
    .columns(['recommendation_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'contributions',
    'votes',
    'vote_questions',
    'attendance',
    'participants',
    'workshop_sessions',
    'workshops',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
