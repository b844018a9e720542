import { lazy, Suspense } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import type { WorkshopDetail } from '../../../../src/contract/workshops.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { AgendaTab } from './agenda-tab.js';
import { AttendanceTab } from './attendance-tab.js';
import { EventTab } from './event-tab.js';
import { formatSpan, WORKSHOP_TABS, type WorkshopTab } from './model.js';
import { ParticipantsTab } from './participants-tab.js';
import { useWorkshop } from './queries.js';
import '../../styles/workshops.css';

// The charts library loads with the first statistics tab, as it does with the dashboard.
const StatisticsTab = lazy(() =>
  import('./statistics-tab.js').then((module) => ({ default: module.StatisticsTab })),
);

function tabHref(projectId: string, workshopId: string, tab: WorkshopTab): string {
  return tab === 'event'
    ? href.workshop(projectId, workshopId)
    : href.workshop(projectId, workshopId, tab);
}

function TabContent(props: { project: Project; workshop: WorkshopDetail; tab: WorkshopTab }) {
  const { project, workshop, tab } = props;
  switch (tab) {
    case 'event':
      return <EventTab project={project} workshop={workshop} />;
    case 'agenda':
      return <AgendaTab project={project} workshop={workshop} />;
    case 'participants':
      return <ParticipantsTab project={project} workshop={workshop} />;
    case 'attendance':
      return <AttendanceTab project={project} workshop={workshop} />;
    case 'statistics':
      return (
        <Suspense fallback={<Loading />}>
          <StatisticsTab project={project} workshop={workshop} />
        </Suspense>
      );
  }
}

/** One workshop: its name, dates and join code, then the tab the address names. */
export function WorkshopPage(props: { project: Project; workshopId: string; tab: WorkshopTab }) {
  const { project, workshopId, tab } = props;
  const { t, language } = useI18n();
  const workshop = useWorkshop(project.id, workshopId);
  if (workshop.isPending) return <Loading />;
  if (workshop.isError) {
    return <ErrorMessage error={workshop.error} onRetry={() => void workshop.refetch()} />;
  }
  const data = workshop.data;
  return (
    <div className="page workshop-page">
      <p className="breadcrumb">
        <a href={href.workshops(project.id)}>{t('ws.back')}</a>
      </p>
      <div className="page-header workshop-header">
        <div>
          <h1 data-testid="workshop-title">{data.title}</h1>
          <p className="muted">
            {formatSpan(data.startsOn, data.endsOn, language)}
            {data.place === '' ? '' : ` · ${data.place}`} ·{' '}
            {t('ws.participantsCount', { count: data.participants })}
          </p>
        </div>
        <div className="join-box">
          <p>
            <span className="muted" id="join-code-label">
              {t('ws.joinCode')}
            </span>{' '}
            <strong className="join-code" aria-labelledby="join-code-label" data-testid="join-code">
              {data.joinCode}
            </strong>
          </p>
          <p className="hint">{t('ws.joinCodeHint')}</p>
          <a
            className="button button-primary"
            href={href.workshopLive(project.id, data.id)}
            data-testid="workshop-live-link"
          >
            {t('ws.live')}
          </a>
        </div>
      </div>
      <nav className="tabs" aria-label={t('ws.tabs')}>
        <ul>
          {WORKSHOP_TABS.map((name) => (
            <li key={name}>
              <a
                href={tabHref(project.id, data.id, name)}
                aria-current={name === tab ? 'page' : undefined}
                data-testid={`workshop-tab-${name}`}
              >
                {t(`ws.tab.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TabContent project={project} workshop={data} tab={tab} />
    </div>
  );
}
