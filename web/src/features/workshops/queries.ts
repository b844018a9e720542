import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES } from '../../../../src/contract/routes.js';
import {
  ImportParticipantsResult,
  type CreateWorkshopBody,
  type ParticipantBody,
  type SessionBody,
  type UpdateWorkshopBody,
} from '../../../../src/contract/workshops.js';
import { ApiError, api, errorFromResponse, fillPath, formatIssues } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

export function useWorkshops(projectId: string) {
  return useQuery({
    queryKey: keys.workshops(projectId),
    queryFn: () => api.call('listWorkshops', { params: { projectId } }),
  });
}

export function useWorkshop(projectId: string, workshopId: string) {
  return useQuery({
    queryKey: keys.workshop(projectId, workshopId),
    queryFn: () => api.call('getWorkshop', { params: { projectId, workshopId } }),
  });
}

/** After any change to a workshop: the list and everything of that workshop refresh. */
function useRefresh(projectId: string, workshopId?: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.workshops(projectId) }),
      workshopId === undefined
        ? client.invalidateQueries({ queryKey: keys.allWorkshops(projectId) })
        : client.invalidateQueries({ queryKey: keys.workshop(projectId, workshopId) }),
    ]);
}

export function useCreateWorkshop(projectId: string) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: (body: CreateWorkshopBody) =>
      api.call('createWorkshop', { params: { projectId }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateWorkshop(projectId: string, workshopId: string) {
  const refresh = useRefresh(projectId, workshopId);
  return useMutation({
    mutationFn: (body: UpdateWorkshopBody) =>
      api.call('updateWorkshop', { params: { projectId, workshopId }, body }),
    onSuccess: refresh,
    // A stale version: fetch the other person's, which the form then shows.
    onError: refresh,
  });
}

export function useDeleteWorkshop(projectId: string, workshopId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('deleteWorkshop', { params: { projectId, workshopId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.workshops(projectId) }),
  });
}

export function useSessionChanges(projectId: string, workshopId: string) {
  const refresh = useRefresh(projectId, workshopId);
  const params = { projectId, workshopId };
  const create = useMutation({
    mutationFn: (body: SessionBody) => api.call('createSession', { params, body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: (input: { sessionId: string; body: SessionBody }) =>
      api.call('updateSession', {
        params: { ...params, sessionId: input.sessionId },
        body: input.body,
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (sessionId: string) =>
      api.call('deleteSession', { params: { ...params, sessionId } }),
    onSuccess: refresh,
  });
  const reorder = useMutation({
    mutationFn: (body: { day: string; sessionIds: string[] }) =>
      api.call('reorderSessions', { params, body }),
    onSuccess: refresh,
  });
  return { create, update, remove, reorder };
}

export function useParticipants(projectId: string, workshopId: string) {
  return useQuery({
    queryKey: [...keys.workshop(projectId, workshopId), 'participants'],
    queryFn: () => api.call('listParticipants', { params: { projectId, workshopId } }),
  });
}

export function useParticipantChanges(projectId: string, workshopId: string) {
  const refresh = useRefresh(projectId, workshopId);
  const params = { projectId, workshopId };
  const add = useMutation({
    mutationFn: (body: ParticipantBody) => api.call('addParticipant', { params, body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: (input: { participantId: string; body: ParticipantBody }) =>
      api.call('updateParticipant', {
        params: { ...params, participantId: input.participantId },
        body: input.body,
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (participantId: string) =>
      api.call('deleteParticipant', { params: { ...params, participantId } }),
    onSuccess: refresh,
  });
  const releasePhone = useMutation({
    mutationFn: (participantId: string) =>
      api.call('releaseParticipantPhone', { params: { ...params, participantId } }),
    onSuccess: refresh,
  });
  return { add, update, remove, releasePhone };
}

/** Sends an attendance sheet (multipart field `file`) as the import form does. */
async function uploadSheet(url: string, file: File): Promise<ImportParticipantsResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = api.csrfToken();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(token === undefined ? {} : { 'x-csrf-token': token }),
      },
    });
  } catch (cause) {
    throw new ApiError({
      code: 'network',
      message: cause instanceof Error ? cause.message : 'network error',
      status: 0,
    });
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  if (!response.ok) throw errorFromResponse(response.status, json);
  const parsed = ImportParticipantsResult.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      code: 'invalid_response',
      message: 'unexpected answer from importParticipants',
      issues: formatIssues(parsed.error),
      status: response.status,
    });
  }
  return parsed.data;
}

export function useImportParticipants(projectId: string, workshopId: string) {
  const refresh = useRefresh(projectId, workshopId);
  return useMutation({
    mutationFn: (input: { file: File; partial: boolean }) =>
      uploadSheet(
        `${fillPath(ROUTES.importParticipants.path, { projectId, workshopId })}${input.partial ? '?partial=true' : ''}`,
        input.file,
      ),
    onSuccess: async (result) => {
      if (result.imported) await refresh();
    },
  });
}

export function useAttendance(projectId: string, workshopId: string) {
  return useQuery({
    queryKey: [...keys.workshop(projectId, workshopId), 'attendance'],
    queryFn: () => api.call('listAttendance', { params: { projectId, workshopId } }),
  });
}

export function useCheckIn(projectId: string, workshopId: string) {
  const refresh = useRefresh(projectId, workshopId);
  const params = { projectId, workshopId };
  return useMutation({
    mutationFn: async (input: {
      participantId: string;
      day: string;
      present: boolean;
    }): Promise<unknown> =>
      input.present
        ? api.call('checkInParticipant', {
            params,
            body: { participantId: input.participantId, day: input.day },
          })
        : api.call('undoCheckIn', {
            params: { ...params, participantId: input.participantId, day: input.day },
          }),
    onSuccess: refresh,
  });
}

export function useWorkshopStatistics(projectId: string, workshopId: string) {
  return useQuery({
    queryKey: [...keys.workshop(projectId, workshopId), 'statistics'],
    queryFn: () => api.call('workshopStatistics', { params: { projectId, workshopId } }),
  });
}

/** The project's recommendations, to link sessions to (labels and titles). */
export function useRecommendationChoices(projectId: string) {
  return useQuery({
    queryKey: [...keys.recommendations(projectId), 'choices'],
    queryFn: () => api.call('listRecommendations', { params: { projectId }, query: {} }),
  });
}

/** The address of a download of the workshop's records. */
export function exportHref(
  ids: { projectId: string; workshopId: string },
  format: 'xlsx' | 'csv',
  part?: 'statistics' | 'participants' | 'attendance' | 'decisions',
): string {
  const query = new URLSearchParams({ format, ...(part === undefined ? {} : { part }) });
  return `${fillPath(ROUTES.exportWorkshop.path, ids)}?${query.toString()}`;
}
