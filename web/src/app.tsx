import { lazy, Suspense, useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import type { Project } from '../../src/contract/projects.js';
import { AppHeader } from './components/app-header.js';
import { AccountsPage } from './features/accounts/accounts-page.js';
import { ErrorMessage, Loading } from './components/error-message.js';
import { ChangePasswordPage } from './features/auth/change-password-page.js';
import { LoginPage } from './features/auth/login-page.js';
import { useSession } from './features/auth/queries.js';
import { FindingsPage } from './features/findings/findings-page.js';
import { LawPage } from './features/laws/law-page.js';
import { LawsPage } from './features/laws/laws-page.js';
import { JoinPage } from './features/live-session/phone-page.js';
import { PresenterPage } from './features/live-session/presenter-page.js';
import { MembersPage } from './features/members/members-page.js';
import { ObligationPage } from './features/obligation/obligation-page.js';
import { ProjectShell } from './features/projects/project-shell.js';
import { ProjectsPage } from './features/projects/projects-page.js';
import { RegionalPage } from './features/regional/regional-page.js';
import { WorkshopPage } from './features/workshops/workshop-page.js';
import { WorkshopsPage } from './features/workshops/workshops-page.js';
import { RecommendationBoardPage } from './features/recommendations/board-page.js';
import { NewRecommendationPage } from './features/recommendations/new-recommendation-page.js';
import { RecommendationPage } from './features/recommendations/recommendation-page.js';
import { RecommendationsPage } from './features/recommendations/recommendations-page.js';
import { DraftPage } from './features/drafts/draft-page.js';
import { DraftsPage } from './features/drafts/drafts-page.js';
import { NewDraftPage } from './features/drafts/new-draft-page.js';
import { ReportsPage } from './features/reports/reports-page.js';
import { useI18n } from './i18n/i18n-context.js';
import { href, type Route } from './router/routes.js';
import { useLocation } from './router/use-location.js';

// The charts library is the largest part of the app: it loads with the first dashboard.
const DashboardPage = lazy(() =>
  import('./features/dashboard/dashboard-page.js').then((module) => ({
    default: module.DashboardPage,
  })),
);

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page page-narrow">
      <h1>{t('app.notFound')}</h1>
      <p>
        <a href={href.projects()}>{t('app.backHome')}</a>
      </p>
    </div>
  );
}

function projectPage(route: Route, project: Project, query: URLSearchParams): ReactNode {
  switch (route.name) {
    case 'dashboard':
      return (
        <Suspense fallback={<Loading />}>
          <DashboardPage project={project} />
        </Suspense>
      );
    case 'findings':
      return <FindingsPage project={project} query={query} />;
    case 'finding':
      return <ObligationPage project={project} obligationId={route.obligationId} />;
    case 'laws':
      return <LawsPage project={project} />;
    case 'law':
      return <LawPage project={project} lawId={route.lawId} eId={route.eId} />;
    case 'members':
      return <MembersPage project={project} />;
    case 'workshops':
      return <WorkshopsPage project={project} />;
    case 'workshop':
      return <WorkshopPage project={project} workshopId={route.workshopId} tab="event" />;
    case 'workshopAgenda':
      return <WorkshopPage project={project} workshopId={route.workshopId} tab="agenda" />;
    case 'workshopParticipants':
      return <WorkshopPage project={project} workshopId={route.workshopId} tab="participants" />;
    case 'workshopAttendance':
      return <WorkshopPage project={project} workshopId={route.workshopId} tab="attendance" />;
    case 'workshopStatistics':
      return <WorkshopPage project={project} workshopId={route.workshopId} tab="statistics" />;
    case 'workshopLive':
      return <PresenterPage project={project} workshopId={route.workshopId} />;
    case 'recommendations':
      return <RecommendationsPage project={project} query={query} />;
    case 'recommendationBoard':
      return <RecommendationBoardPage project={project} query={query} />;
    case 'newRecommendation':
      return <NewRecommendationPage project={project} query={query} />;
    case 'recommendation':
      return <RecommendationPage project={project} recommendationId={route.recommendationId} />;
    case 'drafts':
      return <DraftsPage project={project} />;
    case 'newDraft':
      return <NewDraftPage project={project} />;
    case 'draft':
      return <DraftPage project={project} draftId={route.draftId} tab="text" query={query} />;
    case 'draftCompare':
      return <DraftPage project={project} draftId={route.draftId} tab="compare" query={query} />;
    case 'draftCoverage':
      return <DraftPage project={project} draftId={route.draftId} tab="coverage" query={query} />;
    case 'reports':
      return <ReportsPage project={project} />;
    default:
      return <NotFound />;
  }
}

/**
 * The app: a participant's phone (`#/join`) needs no account and never asks for a login;
 * every other page is a member's.
 */
export function App() {
  const { route } = useLocation();
  if (route.name === 'join') return <PhoneApp code={route.code} />;
  return <MemberApp />;
}

/** A workshop participant's phone: the banner with the language switch, then the live page. */
function PhoneApp({ code }: { code: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skip')}
      </a>
      <AppHeader user={undefined} />
      <main id="main" tabIndex={-1} className="main">
        <JoinPage code={code} />
      </main>
    </>
  );
}

/** The skip link, the banner and the page the address names, once someone is logged in. */
function MemberApp() {
  const { t, setUserLocale } = useI18n();
  const session = useSession();
  const { route, path, query } = useLocation();
  const user = session.data?.user;
  const mainPath = useRef(path);

  useEffect(() => setUserLocale(user?.locale), [user?.locale, setUserLocale]);

  // A new page moves the focus to its content, as a page load would; filters do not, and
  // an article anchor is focused by the law page itself.
  const anchored = route.name === 'law' && route.eId !== undefined;
  useEffect(() => {
    if (mainPath.current === path) return;
    mainPath.current = path;
    if (anchored) return;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path, anchored]);

  let body: ReactNode;
  if (user !== undefined && !user.mustChangePassword && 'projectId' in route) {
    body = (
      <ProjectShell projectId={route.projectId} route={route} selfId={user.id}>
        {(project) => projectPage(route, project, query)}
      </ProjectShell>
    );
  } else {
    body = (
      <main id="main" tabIndex={-1} className="main">
        {session.isPending ? (
          <Loading />
        ) : session.isError ? (
          <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
        ) : user === undefined ? (
          <LoginPage />
        ) : user.mustChangePassword ? (
          <ChangePasswordPage />
        ) : route.name === 'projects' ? (
          <ProjectsPage />
        ) : route.name === 'regional' ? (
          <RegionalPage query={query} />
        ) : route.name === 'accounts' && user.isAdmin ? (
          <AccountsPage selfId={user.id} />
        ) : (
          <NotFound />
        )}
      </main>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skip')}
      </a>
      <AppHeader user={user} />
      {body}
    </>
  );
}

/** The skip link must not change the hash: that is the router's. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
