/** Every page of the app, as the hash of the address names it. */
export type Route =
  | { name: 'projects' }
  | { name: 'accounts' }
  | { name: 'regional' }
  | { name: 'dashboard'; projectId: string }
  | { name: 'findings'; projectId: string }
  | { name: 'finding'; projectId: string; obligationId: string }
  | { name: 'laws'; projectId: string }
  | { name: 'law'; projectId: string; lawId: string; eId?: string }
  | { name: 'members'; projectId: string }
  | { name: 'recommendations'; projectId: string }
  | { name: 'recommendationBoard'; projectId: string }
  | { name: 'newRecommendation'; projectId: string }
  | { name: 'recommendation'; projectId: string; recommendationId: string }
  | { name: 'drafts'; projectId: string }
  | { name: 'newDraft'; projectId: string }
  | { name: 'draft'; projectId: string; draftId: string }
  | { name: 'draftCompare'; projectId: string; draftId: string }
  | { name: 'draftCoverage'; projectId: string; draftId: string }
  | { name: 'reports'; projectId: string }
  | { name: 'workshops'; projectId: string }
  | { name: 'workshop'; projectId: string; workshopId: string }
  | { name: 'workshopAgenda'; projectId: string; workshopId: string }
  | { name: 'workshopParticipants'; projectId: string; workshopId: string }
  | { name: 'workshopAttendance'; projectId: string; workshopId: string }
  | { name: 'workshopStatistics'; projectId: string; workshopId: string }
  | { name: 'workshopLive'; projectId: string; workshopId: string }
  /** A participant's phone: no account, shown without logging in. */
  | { name: 'join'; code?: string }
  | { name: 'notFound' };

/** A parsed location: the route and the query after `?`. */
export interface Location {
  route: Route;
  path: string;
  query: URLSearchParams;
}

const decode = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/** The route a path names (`/projects/p1/findings/TIP.3.a`). */
export function matchRoute(path: string): Route {
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map(decode);
  if (segments.some((segment) => segment === undefined)) return { name: 'notFound' };
  const [root, projectId, section, id, sub, ...rest] = segments as string[];
  if (root === undefined) return { name: 'projects' };
  if (root === 'regional')
    return projectId === undefined ? { name: 'regional' } : { name: 'notFound' };
  if (root === 'accounts')
    return projectId === undefined ? { name: 'accounts' } : { name: 'notFound' };
  if (root === 'join') {
    // `#/join` asks for the code; `#/join/ABC123` opens that workshop (here `projectId` is the code).
    if (section !== undefined) return { name: 'notFound' };
    return projectId === undefined ? { name: 'join' } : { name: 'join', code: projectId };
  }
  if (root !== 'projects' || rest.length > 0) return { name: 'notFound' };
  if (projectId === undefined) return { name: 'projects' };
  if (section === undefined) return { name: 'dashboard', projectId };
  if (section === 'findings' && sub === undefined) {
    return id === undefined
      ? { name: 'findings', projectId }
      : { name: 'finding', projectId, obligationId: id };
  }
  if (section === 'laws') {
    if (id === undefined) return { name: 'laws', projectId };
    return sub === undefined
      ? { name: 'law', projectId, lawId: id }
      : { name: 'law', projectId, lawId: id, eId: sub };
  }
  if (section === 'members' && id === undefined) return { name: 'members', projectId };
  if (section === 'reports' && id === undefined) return { name: 'reports', projectId };
  if (section === 'workshops') {
    const workshop = workshopRoute(projectId, id, sub);
    if (workshop !== undefined) return workshop;
  }
  if (section === 'workshops' && id !== undefined && sub === 'live') {
    return { name: 'workshopLive', projectId, workshopId: id };
  }
  if (section === 'drafts') {
    const draft = draftRoute(projectId, id, sub);
    if (draft !== undefined) return draft;
  }
  if (section === 'recommendations' && sub === undefined) {
    if (id === undefined) return { name: 'recommendations', projectId };
    if (id === 'board') return { name: 'recommendationBoard', projectId };
    if (id === 'new') return { name: 'newRecommendation', projectId };
    return { name: 'recommendation', projectId, recommendationId: id };
  }
  return { name: 'notFound' };
}

const WORKSHOP_TABS: Readonly<
  Record<string, Extract<Route, { workshopId: string }>['name'] | undefined>
> = {
  '': 'workshop',
  agenda: 'workshopAgenda',
  participants: 'workshopParticipants',
  attendance: 'workshopAttendance',
  statistics: 'workshopStatistics',
};

/** The workshop pages: the list, then one workshop's tabs (its live screen is matched apart). */
function workshopRoute(
  projectId: string,
  workshopId: string | undefined,
  tab: string | undefined,
): Route | undefined {
  if (workshopId === undefined) return { name: 'workshops', projectId };
  const name = WORKSHOP_TABS[tab ?? ''];
  return name === undefined ? undefined : { name, projectId, workshopId };
}

/** The drafting pages: the list, the form, then one draft's text, comparison and coverage. */
function draftRoute(
  projectId: string,
  draftId: string | undefined,
  tab: string | undefined,
): Route | undefined {
  if (draftId === undefined) return { name: 'drafts', projectId };
  if (draftId === 'new') return tab === undefined ? { name: 'newDraft', projectId } : undefined;
  if (tab === undefined) return { name: 'draft', projectId, draftId };
  if (tab === 'compare') return { name: 'draftCompare', projectId, draftId };
  if (tab === 'coverage') return { name: 'draftCoverage', projectId, draftId };
  return undefined;
}

/** A location from `location.hash` (`#/projects/p1/findings?status=missing`). */
export function parseHash(hash: string): Location {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const mark = body.indexOf('?');
  const path = mark === -1 ? body : body.slice(0, mark);
  const query = new URLSearchParams(mark === -1 ? '' : body.slice(mark + 1));
  return { route: matchRoute(path === '' ? '/' : path), path: path === '' ? '/' : path, query };
}

const part = encodeURIComponent;

/** Links to every page, as `href` values. */
export const href = {
  projects: () => '#/',
  accounts: () => '#/accounts',
  /** The regional comparison of the countries one may read. */
  regional: () => '#/regional',
  dashboard: (projectId: string) => `#/projects/${part(projectId)}`,
  findings: (projectId: string, query?: URLSearchParams) => {
    const search = query?.toString() ?? '';
    return `#/projects/${part(projectId)}/findings${search === '' ? '' : `?${search}`}`;
  },
  finding: (projectId: string, obligationId: string) =>
    `#/projects/${part(projectId)}/findings/${part(obligationId)}`,
  laws: (projectId: string) => `#/projects/${part(projectId)}/laws`,
  law: (projectId: string, lawId: string, eId?: string) =>
    `#/projects/${part(projectId)}/laws/${part(lawId)}${eId === undefined ? '' : `/${part(eId)}`}`,
  members: (projectId: string) => `#/projects/${part(projectId)}/members`,
  recommendations: (projectId: string, query?: URLSearchParams) => {
    const search = query?.toString() ?? '';
    return `#/projects/${part(projectId)}/recommendations${search === '' ? '' : `?${search}`}`;
  },
  recommendationBoard: (projectId: string, groupBy?: string) =>
    `#/projects/${part(projectId)}/recommendations/board${groupBy === undefined ? '' : `?by=${part(groupBy)}`}`,
  /** The form; with `finding`, filled in from that finding. */
  newRecommendation: (projectId: string, finding?: string) =>
    `#/projects/${part(projectId)}/recommendations/new${finding === undefined ? '' : `?finding=${part(finding)}`}`,
  recommendation: (projectId: string, recommendationId: string) =>
    `#/projects/${part(projectId)}/recommendations/${part(recommendationId)}`,
  drafts: (projectId: string) => `#/projects/${part(projectId)}/drafts`,
  reports: (projectId: string) => `#/projects/${part(projectId)}/reports`,
  newDraft: (projectId: string) => `#/projects/${part(projectId)}/drafts/new`,
  /** One draft: its text (with `article`, the article to show), comparison or coverage. */
  draft: (
    projectId: string,
    draftId: string,
    { tab, query }: { tab?: 'compare' | 'coverage'; query?: URLSearchParams } = {},
  ) => {
    const search = query?.toString() ?? '';
    return `#/projects/${part(projectId)}/drafts/${part(draftId)}${tab === undefined ? '' : `/${tab}`}${search === '' ? '' : `?${search}`}`;
  },
  workshops: (projectId: string) => `#/projects/${part(projectId)}/workshops`,
  /** One workshop: its event details, or one of its tabs. */
  workshop: (
    projectId: string,
    workshopId: string,
    tab?: 'agenda' | 'participants' | 'attendance' | 'statistics',
  ) =>
    `#/projects/${part(projectId)}/workshops/${part(workshopId)}${tab === undefined ? '' : `/${tab}`}`,
  /** The chair's and presenter's screen of a workshop's live session. */
  workshopLive: (projectId: string, workshopId: string) =>
    `#/projects/${part(projectId)}/workshops/${part(workshopId)}/live`,
  /** A participant's phone: the code typed, or the workshop of `code`. */
  join: (code?: string) => (code === undefined ? '#/join' : `#/join/${part(code)}`),
};

/** The project a route belongs to, if any. */
export function projectOf(route: Route): string | undefined {
  return 'projectId' in route ? route.projectId : undefined;
}
