import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href, type Route } from '../../router/routes.js';
import { LiveToast } from '../live/live-toast.js';
import { useLiveUpdates } from '../live/use-live-updates.js';
import { useProject } from './queries.js';

type Section =
  | 'dashboard'
  | 'findings'
  | 'laws'
  | 'recommendations'
  | 'workshops'
  | 'drafts'
  | 'reports'
  | 'members';

const SECTIONS: readonly Section[] = [
  'dashboard',
  'findings',
  'laws',
  'recommendations',
  'workshops',
  'drafts',
  'reports',
  'members',
];

/** The nav entry a route belongs to (an obligation belongs to the table, a law to the laws). */
export function sectionOf(route: Route): Section | undefined {
  switch (route.name) {
    case 'dashboard':
    case 'findings':
    case 'laws':
    case 'members':
    case 'reports':
      return route.name;
    case 'finding':
      return 'findings';
    case 'law':
      return 'laws';
    case 'recommendations':
    case 'recommendationBoard':
    case 'newRecommendation':
    case 'recommendation':
      return 'recommendations';
    case 'workshops':
    case 'workshop':
    case 'workshopAgenda':
    case 'workshopParticipants':
    case 'workshopAttendance':
    case 'workshopStatistics':
    case 'workshopLive':
      return 'workshops';
    case 'drafts':
    case 'newDraft':
    case 'draft':
    case 'draftCompare':
    case 'draftCoverage':
      return 'drafts';
    default:
      return undefined;
  }
}

interface ProjectShellProps {
  projectId: string;
  route: Route;
  selfId: string | undefined;
  children: (project: Project) => ReactNode;
}

/** A project's frame: its name, its nav, live updates from other members, then the page. */
export function ProjectShell({ projectId, route, selfId, children }: ProjectShellProps) {
  const { t, setProjectLanguage } = useI18n();
  const project = useProject(projectId);
  const message = useLiveUpdates(projectId, selfId);
  const [menuOpen, setMenuOpen] = useState(false);
  const language = project.data?.language;
  const current = sectionOf(route);

  useEffect(() => {
    setProjectLanguage(language);
    return () => setProjectLanguage(undefined);
  }, [language, setProjectLanguage]);

  useEffect(() => setMenuOpen(false), [route]);

  const links: Readonly<Record<Section, string>> = {
    dashboard: href.dashboard(projectId),
    findings: href.findings(projectId),
    laws: href.laws(projectId),
    workshops: href.workshops(projectId),
    recommendations: href.recommendations(projectId),
    drafts: href.drafts(projectId),
    reports: href.reports(projectId),
    members: href.members(projectId),
  };

  return (
    <>
      {/* A named region, so that the project's name and nav sit inside a landmark. */}
      <section className="project-bar" aria-labelledby="project-bar-title">
        <div className="project-bar-inner">
          <p className="project-name" id="project-bar-title">
            <span className="muted">{t('nav.project')}</span>{' '}
            <strong>{project.data?.name ?? '…'}</strong>
            {project.data === undefined ? null : (
              <span className="country-code">{project.data.country}</span>
            )}
          </p>
          <button
            type="button"
            className="button button-quiet nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="project-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('header.menu')}
          </button>
          <nav
            id="project-nav"
            className={menuOpen ? 'project-nav open' : 'project-nav'}
            aria-label={t('nav.project')}
          >
            <ul>
              {SECTIONS.map((section) => (
                <li key={section}>
                  <a href={links[section]} aria-current={current === section ? 'page' : undefined}>
                    {t(`nav.${section}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </section>
      <main id="main" tabIndex={-1} className="main">
        {project.isPending ? <Loading /> : null}
        {project.isError ? (
          <ErrorMessage error={project.error} onRetry={() => void project.refetch()} />
        ) : null}
        {project.data === undefined ? null : children(project.data)}
      </main>
      <LiveToast message={message} />
    </>
  );
}
