import type { LiveChange } from '../../../../src/contract/live.js';
import { keys, type QueryKey } from '../../api/query-keys.js';
import type { Translate } from '../../i18n/translate.js';

/** The cached queries a change makes stale (each key also covers the keys it prefixes). */
export function staleKeys(change: LiveChange): QueryKey[] {
  const { projectId, objectId } = change;
  const audit = ['project', projectId, 'audit'];
  switch (change.kind) {
    case 'finding':
      return [
        keys.findings(projectId),
        keys.finding(projectId, objectId),
        keys.dashboard(projectId),
        keys.allLaws(projectId),
        audit,
      ];
    case 'comment':
      return [keys.finding(projectId, objectId), audit];
    case 'member':
      return [keys.members(projectId), keys.project(projectId)];
    case 'law':
    case 'analysis':
      // A law in or out re-runs the analysis: every finding, law and count may have moved.
      return [keys.project(projectId)];
    case 'import':
      // Progress of an upload still being read: nothing is stored yet.
      return [];
    case 'report':
      // Steps of a report being generated: nothing changed in the project.
      return [];
    case 'recommendation':
      return [
        keys.recommendations(projectId),
        keys.recommendation(projectId, objectId),
        keys.allWorkshops(projectId),
        // A draft's coverage says which adopted recommendations it addresses.
        keys.allDrafts(projectId),
        audit,
      ];
    case 'contribution':
      // A participant's comment or amendment, on the recommendation `objectId`.
      return [keys.recommendation(projectId, objectId), keys.allWorkshops(projectId)];
    case 'workshop':
      return [keys.workshops(projectId), keys.workshop(projectId, objectId), audit];
    case 'participant':
      // The workshops list counts participants.
      return [keys.workshop(projectId, objectId), keys.workshops(projectId)];
    case 'attendance':
    case 'live':
    case 'vote':
      // Everything of the workshop `objectId`: participants, attendance, live state, counts.
      return [keys.workshop(projectId, objectId)];
    case 'draft':
      // The draft `objectId`: its text, versions, comparisons, coverage and comments.
      return [keys.drafts(projectId), keys.draft(projectId, objectId), audit];
  }
}

/** Changes that happen many times a minute during a workshop: no toast for them. */
const QUIET_KINDS: ReadonlySet<LiveChange['kind']> = new Set([
  'import',
  'report',
  'participant',
  'attendance',
  'live',
  'vote',
  'contribution',
]);

/** Pages of a scan read so far by the server, for one upload. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The OCR progress an upload form shows after `change`: the change's when it is about the
 * form's own upload and not behind what is shown already, else what was shown.
 */
export function nextImportProgress(
  shown: ImportProgress | undefined,
  change: LiveChange,
  uploadId: string | undefined,
): ImportProgress | undefined {
  const progress = change.progress;
  if (change.kind !== 'import' || uploadId === undefined || change.objectId !== uploadId) {
    return shown;
  }
  if (progress === undefined || progress.total <= 0) return shown;
  if (shown !== undefined && progress.done < shown.done) return shown;
  return { done: Math.min(progress.done, progress.total), total: progress.total };
}

/** The toast for a change, or nothing for the reader's own changes (they saw them). */
export function changeMessage(
  t: Translate,
  change: LiveChange,
  selfId: string | undefined,
): string | undefined {
  if (QUIET_KINDS.has(change.kind)) return undefined;
  if (change.actor !== null && change.actor.id === selfId) return undefined;
  const name = change.actor?.name ?? t('app.unknownUser');
  const what = t(`live.what.${change.kind}`, { id: change.objectId });
  return t('live.updatedBy', { name, what });
}
