import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectRole } from '../core/access/permissions.js';
import { listAudit } from '../store/repos/audit.js';
import { insertQuestion, upsertVote } from '../store/repos/live-session.js';
import {
  insertRecommendation,
  insertRecommendationTransition,
} from '../store/repos/recommendations.js';
import { openTestStore, TEST_DIALECTS, type TestStore } from '../store/testing/test-stores.js';
import type { Actor } from './accounts.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import {
  addParticipant,
  importParticipants,
  removeParticipant,
  workshopParticipants,
} from './workshop-participants.js';
import {
  checkInParticipant,
  undoParticipantCheckIn,
  workshopAttendance,
} from './workshop-attendance.js';
import { addSession, reorderSessions } from './workshop-agenda.js';
import { exportFileName, exportWorkshop, workshopStatistics } from './workshop-records.js';
import {
  createWorkshop,
  JOIN_CODE_ALPHABET,
  projectWorkshops,
  removeWorkshop,
  updateWorkshop,
  workshopDetail,
} from './workshops.js';
import { expectAppError, projectWithPeople, type ProjectPeople } from './testing/project-people.js';
import type { Workspace } from './workspace.js';

const catalogue = loadCatalogueIndex();

const EVENT = {
  title: 'Atelier national de validation',
  startsOn: '2026-12-07',
  endsOn: '2026-12-09',
  place: 'Bamako',
  organisers: 'Ministère de la Justice',
  partners: 'Partenaires techniques et financiers',
  description: '',
};

const PERSON = {
  name: 'Awa Traoré',
  organisation: 'ONG Espoir',
  sector: 'civil_society',
  functionTitle: 'Coordinatrice',
  sex: 'female',
  email: 'awa@example.org',
  phone: '+223 70 00 00 00',
} as const;

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Liste');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each(TEST_DIALECTS)('workshop use-cases on %s', (dialect) => {
  let test: TestStore;
  let workspace: Workspace;
  let projectId: string;
  let people: ProjectPeople;
  const as = (role: ProjectRole | 'outsider'): Actor => people.as(role);

  beforeEach(async () => {
    test = await openTestStore(dialect);
    workspace = { store: test.store, catalogue };
    people = await projectWithPeople(workspace, ['analyst', 'organiser', 'observer']);
    projectId = people.projectId;
  });
  afterEach(() => test.cleanup());

  const plan = (role: ProjectRole | 'outsider' = 'organiser') =>
    createWorkshop(workspace, { actor: as(role), projectId, details: EVENT });

  it('lets organisers and owners plan a workshop with a readable join code; others only read', async () => {
    const workshop = await plan();
    expect(workshop.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(workshop.joinCode).not.toMatch(/[0O1IL]/);
    expect(workshop.days).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
    expect(workshop.agenda.map((day) => day.sessions)).toEqual([[], [], []]);
    await expectAppError(plan('analyst'), 'forbidden');
    await expectAppError(plan('observer'), 'forbidden');
    await expectAppError(plan('outsider'), 'not_found');
    const seen = await workshopDetail(workspace, {
      actor: as('observer'),
      projectId,
      workshopId: workshop.id,
    });
    expect(seen).toMatchObject({ title: EVENT.title, canManage: false });
    expect(
      (await projectWorkshops(workspace, { actor: as('observer'), projectId })).map((w) => w.id),
    ).toEqual([workshop.id]);
    const ids = { actor: as('owner'), projectId, workshopId: workshop.id };
    const updated = await updateWorkshop(workspace, {
      ...ids,
      details: { ...EVENT, place: 'Bamako, CICB' },
      version: 1,
    });
    expect(updated).toMatchObject({ place: 'Bamako, CICB', version: 2, canManage: true });
    await expectAppError(
      updateWorkshop(workspace, { ...ids, details: EVENT, version: 1 }),
      'conflict',
      /reload/,
    );
    const audit = await listAudit(test.store.db, { projectId, objectType: 'workshop', limit: 10 });
    expect(audit.map((entry) => entry.action)).toEqual(['workshop.updated', 'workshop.created']);
  });

  it('checks sessions: a day of the event, known recommendations and obligations; reorders a day', async () => {
    const workshop = await plan();
    const ids = { actor: as('organiser'), projectId, workshopId: workshop.id };
    const recommendation = await insertRecommendation(test.store.db, {
      projectId,
      title: 'Loi sur le trafic illicite de migrants',
      type: 'new_law',
      priority: 'high',
      status: 'proposed',
      theme: '',
      targetLawId: null,
      targetText: '',
      targetArticle: '',
      wording: 'Adopter une loi.',
      rationale: '',
      findingIds: [],
      obligationIds: [],
      createdById: as('owner').id,
      versionNote: '',
    });
    const body = {
      day: '2026-12-07',
      startsAt: '09:00',
      endsAt: '10:30',
      title: 'Présentation de l’analyse',
      description: '',
      recommendationIds: [recommendation.id],
      obligationIds: ['SOM.6.1.a', 'SOM.6.1.a'],
    };
    const first = await addSession(workspace, { ...ids, body });
    expect(first.obligationIds).toEqual(['SOM.6.1.a']);
    const second = await addSession(workspace, { ...ids, body: { ...body, title: 'Débats' } });
    await expectAppError(
      addSession(workspace, {
        ...ids,
        body: { ...body, day: '2026-12-12', recommendationIds: ['nope'], obligationIds: ['XYZ.1'] },
      }),
      'validation_failed',
      /2026-12-12 is not a day of the workshop.*nope.*XYZ\.1/,
    );
    await expectAppError(
      addSession(workspace, { ...ids, actor: as('observer'), body }),
      'forbidden',
    );
    const reordered = await reorderSessions(workspace, {
      ...ids,
      day: '2026-12-07',
      sessionIds: [second.id, first.id],
    });
    expect(reordered.agenda[0]?.sessions.map((session) => session.title)).toEqual([
      'Débats',
      'Présentation de l’analyse',
    ]);
    await expectAppError(
      reorderSessions(workspace, { ...ids, day: '2026-12-07', sessionIds: [first.id] }),
      'validation_failed',
    );
    await expectAppError(
      updateWorkshop(workspace, {
        ...ids,
        details: { ...EVENT, startsOn: '2026-12-08' },
        version: 1,
      }),
      'validation_failed',
      /2026-12-07/,
    );
    // A decision recorded at the workshop keeps it, and counts in its statistics.
    await insertRecommendationTransition(test.store.db, {
      recommendationId: recommendation.id,
      from: 'under_discussion',
      to: 'adopted',
      reason: '',
      actorId: as('owner').id,
      workshopId: workshop.id,
      method: 'vote',
      tally: { for: 30, against: 2, abstain: 3 },
    });
    const statistics = await workshopStatistics(workspace, { ...ids, actor: as('observer') });
    expect(statistics.recommendations.byStatus.adopted).toBe(1);
    expect(statistics.recommendations.byMethod.vote).toBe(1);
    expect(statistics.decisions[0]).toMatchObject({ label: 'R1', tally: { for: 30 } });
    await expectAppError(removeWorkshop(workspace, ids), 'conflict', /on record/);
  });

  it('hides contacts from members who do not manage the workshop', async () => {
    const workshop = await plan();
    const ids = { projectId, workshopId: workshop.id };
    await addParticipant(workspace, { ...ids, actor: as('organiser'), body: PERSON });
    const forObserver = await workshopParticipants(workspace, { ...ids, actor: as('observer') });
    expect(forObserver.contactsVisible).toBe(false);
    expect(forObserver.participants[0]).toMatchObject({
      name: 'Awa Traoré',
      sector: 'civil_society',
      sex: 'female',
      email: null,
      phone: null,
    });
    const forOrganiser = await workshopParticipants(workspace, { ...ids, actor: as('organiser') });
    expect(forOrganiser.participants[0]?.email).toBe('awa@example.org');
    const csv = await exportWorkshop(workspace, {
      ...ids,
      actor: as('observer'),
      format: 'csv',
      part: 'participants',
    });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    expect(text.startsWith('\uFEFFNom;Structure;Secteur;Fonction;Sexe\r\n')).toBe(true);
    expect(text).not.toContain('awa@example.org');
    const audit = await listAudit(test.store.db, {
      projectId,
      objectType: 'participant',
      limit: 5,
    });
    expect(audit[0]).toMatchObject({ action: 'participant.created', after: { hasEmail: true } });
    expect(JSON.stringify(audit[0]?.after)).not.toContain('awa@example.org');
  });

  it('imports nothing from a sheet with a bad row, unless asked to import the valid rows', async () => {
    const workshop = await plan();
    const ids = { actor: as('organiser'), projectId, workshopId: workshop.id };
    await addParticipant(workspace, { ...ids, body: PERSON });
    const bytes = await xlsx([
      ['Nom', 'Prénom', 'Structure', 'Secteur', 'Sexe', 'Jour 1', 'Jour 2'],
      ['TRAORÉ', 'Awa', 'ONG Espoir', 'ONG', 'F', 'x', 'x'],
      ['Keïta', 'Bakary', 'Police nationale', 'Police', 'M', 'x', ''],
      ['Coulibaly', 'Issa', 'Tribunal de Kayes', 'Magistrat', 'Q', '', 'x'],
    ]);
    const upload = { fileName: 'presence.xlsx', bytes };
    const refused = await importParticipants(workspace, { ...ids, upload, partial: false });
    expect(refused).toMatchObject({ imported: false, created: 0, updated: 0, skipped: 1, rows: 3 });
    expect(refused.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'Sexe', code: 'unknown_sex', value: 'Q' }),
    ]);
    expect((await workshopParticipants(workspace, ids)).participants).toHaveLength(1);
    expect((await workshopAttendance(workspace, ids)).attendance).toEqual([]);

    const partial = await importParticipants(workspace, { ...ids, upload, partial: true });
    expect(partial).toMatchObject({
      imported: true,
      created: 1,
      updated: 1,
      skipped: 1,
      checkIns: 3,
    });
    const list = await workshopParticipants(workspace, ids);
    expect(list.participants.map((p) => [p.name, p.registeredBy, p.days])).toEqual([
      ['Awa Traoré', 'organiser', ['2026-12-07', '2026-12-08']],
      ['Bakary Keïta', 'import', ['2026-12-07']],
    ]);
    expect(list.participants[0]?.email).toBe('awa@example.org');
    const again = await importParticipants(workspace, { ...ids, upload, partial: true });
    expect(again).toMatchObject({ created: 0, updated: 2, checkIns: 0 });
    await expectAppError(
      importParticipants(workspace, {
        ...ids,
        upload: { fileName: 'liste.pdf', bytes: new TextEncoder().encode('%PDF') },
        partial: false,
      }),
      'unsupported_media_type',
    );
    await expectAppError(
      importParticipants(workspace, { ...ids, actor: as('observer'), upload, partial: true }),
      'forbidden',
    );
    const huge = `Nom;Structure\n${'Awa Traoré;ONG\n'.repeat(5001)}`;
    await expectAppError(
      importParticipants(workspace, {
        ...ids,
        upload: { fileName: 'liste.csv', bytes: new TextEncoder().encode(huge) },
        partial: true,
      }),
      'import_failed',
      /at most 5000/,
    );
    const audit = await listAudit(test.store.db, { projectId, objectType: 'attendance', limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'attendance.imported', after: { checkIns: 0 } });
  });

  it('checks people in once per day, undoes a check-in, and counts the days', async () => {
    const workshop = await plan();
    const ids = { actor: as('organiser'), projectId, workshopId: workshop.id };
    const awa = await addParticipant(workspace, { ...ids, body: PERSON });
    const moussa = await addParticipant(workspace, {
      ...ids,
      body: { ...PERSON, name: 'Moussa Diarra', sex: 'male', sector: 'justice' },
    });
    const day = '2026-12-07';
    expect(await checkInParticipant(workspace, { ...ids, participantId: awa.id, day })).toEqual({
      status: 'created',
    });
    expect(await checkInParticipant(workspace, { ...ids, participantId: awa.id, day })).toEqual({
      status: 'already',
    });
    await checkInParticipant(workspace, { ...ids, participantId: moussa.id, day });
    await checkInParticipant(workspace, { ...ids, participantId: moussa.id, day: '2026-12-08' });
    await expectAppError(
      checkInParticipant(workspace, { ...ids, participantId: awa.id, day: '2026-12-10' }),
      'validation_failed',
    );
    await expectAppError(
      checkInParticipant(workspace, { ...ids, actor: as('observer'), participantId: awa.id, day }),
      'forbidden',
    );
    const attendance = await workshopAttendance(workspace, { ...ids, actor: as('observer') });
    expect(attendance.totals.map((total) => total.counts.total)).toEqual([2, 1, 0]);
    await undoParticipantCheckIn(workspace, { ...ids, participantId: moussa.id, day });
    await expectAppError(
      undoParticipantCheckIn(workspace, { ...ids, participantId: moussa.id, day }),
      'not_found',
    );
    const statistics = await workshopStatistics(workspace, ids);
    expect(statistics.attendanceByDay.map((entry) => entry.counts.total)).toEqual([1, 1, 0]);
    expect(statistics.attendees).toMatchObject({ female: 1, male: 1, total: 2 });
    expect(statistics.womenShare).toBe(0.5);
    const audit = await listAudit(test.store.db, {
      projectId,
      objectType: 'attendance',
      limit: 10,
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'attendance.undone',
      'attendance.checked_in',
      'attendance.checked_in',
      'attendance.checked_in',
    ]);
    expect(
      exportFileName({
        ...workshop,
        createdBy: '',
        currentRecommendationId: null,
        currentQuestionId: null,
        createdAt: '',
      }),
    ).toBe('atelier-national-de-validation-2026-12-07');
    await removeWorkshop(workspace, ids);
    expect(await projectWorkshops(workspace, ids)).toEqual([]);
  });

  it('keeps a workshop and a participant once a vote is on record', async () => {
    const workshop = await plan();
    const ids = { actor: as('organiser'), projectId, workshopId: workshop.id };
    const voter = await addParticipant(workspace, { ...ids, body: PERSON });
    const other = await addParticipant(workspace, {
      ...ids,
      body: { ...PERSON, name: 'Issa Koné', sex: 'male' },
    });
    const recommendation = await insertRecommendation(test.store.db, {
      projectId,
      title: 'Non-sanction des victimes',
      type: 'add',
      priority: 'high',
      status: 'under_discussion',
      theme: '',
      targetLawId: null,
      targetText: '',
      targetArticle: '',
      wording: 'Les victimes ne sont pas punies.',
      rationale: '',
      findingIds: [],
      obligationIds: [],
      createdById: as('owner').id,
      versionNote: '',
    });
    const question = await insertQuestion(test.store.db, {
      workshopId: workshop.id,
      recommendationId: recommendation.id,
      wordingVersion: 1,
      prompt: '',
      openedBy: as('organiser').id,
    });
    await upsertVote(test.store.db, {
      workshopId: workshop.id,
      questionId: question.id,
      participantId: voter.id,
      choice: 'for',
    });
    await expectAppError(
      removeParticipant(workspace, { ...ids, participantId: voter.id }),
      'conflict',
      /1 vote\(s\)/,
    );
    await removeParticipant(workspace, { ...ids, participantId: other.id });
    await expectAppError(removeWorkshop(workspace, ids), 'conflict', /1 vote\(s\) on record/);
    expect((await workshopParticipants(workspace, ids)).participants.map((p) => p.id)).toEqual([
      voter.id,
    ]);
  });
});
