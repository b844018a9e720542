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
  }
}

/** The toast for a change, or nothing for the reader's own changes (they saw them). */
export function changeMessage(
  t: Translate,
  change: LiveChange,
  selfId: string | undefined,
): string | undefined {
  if (change.actor !== null && change.actor.id === selfId) return undefined;
  const name = change.actor?.name ?? t('app.unknownUser');
  const what = t(`live.what.${change.kind}`, { id: change.objectId });
  return t('live.updatedBy', { name, what });
}
