import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import { REPORT_ROUTES } from '../../../../src/contract/report-routes.js';
import type { ReportFormat } from '../../../../src/core/reports/report-document.js';
import { errorFromResponse, fillPath, queryString } from '../../api/client.js';
import { errorText } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { newUploadId } from '../live/import-progress.js';
import { useDrafts } from '../drafts/queries.js';
import { allows } from '../projects/model.js';
import { useWorkshops } from '../workshops/queries.js';
import {
  REPORT_FORMATS,
  REPORT_KINDS,
  fileNameOf,
  reportQuery,
  stepOf,
  type ReportChoice,
  type ReportLanguage,
} from './model.js';
import { useReportProgress } from './report-progress.js';
import './reports.css';

const LANGUAGES: readonly ReportLanguage[] = ['fr', 'en'];

/** Hands a downloaded file to the browser under its own name. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * What leaves LexAlign: the analysis, workshop and draft reports in the language and format
 * chosen (whatever the interface's language), and spreadsheets of the concordance table and
 * recommendations.
 */
export function ReportsPage({ project }: { project: Project }) {
  const { t } = useI18n();
  const workshops = useWorkshops(project.id);
  const drafts = useDrafts(project.id);
  const organiser = allows(project, 'workshop.manage');
  const [choice, setChoice] = useState<ReportChoice>({
    kind: 'analysis',
    format: 'pdf',
    language: project.language,
    workshopId: undefined,
    draftId: undefined,
    includeParticipants: false,
  });
  const [requestId, setRequestId] = useState<string | undefined>();
  const [status, setStatus] = useState<
    | { state: 'idle' }
    | { state: 'working' }
    | { state: 'done'; fileName: string }
    | { state: 'failed'; message: string }
  >({ state: 'idle' });
  const progress = useReportProgress(requestId);
  const workshopList = workshops.data?.workshops ?? [];
  const draftList = drafts.data?.drafts ?? [];

  // The latest workshop and draft are chosen until the reader picks another.
  useEffect(() => {
    setChoice((current) => ({
      ...current,
      workshopId: current.workshopId ?? workshopList[0]?.id,
      draftId: current.draftId ?? draftList[0]?.id,
    }));
  }, [workshopList, draftList]);

  const set = <K extends keyof ReportChoice>(key: K, value: ReportChoice[K]) =>
    setChoice((current) => ({ ...current, [key]: value }));

  const missing =
    (choice.kind === 'workshop' && choice.workshopId === undefined) ||
    (choice.kind === 'draft' && choice.draftId === undefined);

  async function download(event: FormEvent) {
    event.preventDefault();
    if (missing || status.state === 'working') return;
    const id = newUploadId();
    setRequestId(id);
    setStatus({ state: 'working' });
    try {
      const url =
        fillPath(REPORT_ROUTES.downloadReport.path, { projectId: project.id, kind: choice.kind }) +
        queryString(reportQuery(choice, id));
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) {
        let body: unknown;
        try {
          body = (await response.json()) as unknown;
        } catch {
          body = undefined;
        }
        throw errorFromResponse(response.status, body);
      }
      const fileName = fileNameOf(
        response.headers.get('content-disposition'),
        `${choice.kind}.${choice.format}`,
      );
      save(await response.blob(), fileName);
      setStatus({ state: 'done', fileName });
    } catch (error) {
      setStatus({ state: 'failed', message: errorText(t, error) });
    }
  }

  const spreadsheet = (name: 'exportConcordance' | 'exportRecommendations', format: string) =>
    fillPath(REPORT_ROUTES[name].path, { projectId: project.id }) +
    queryString({ format, language: choice.language });

  const step = stepOf(progress);

  return (
    <div className="page page-narrow reports-page">
      <h1>{t('reports.title')}</h1>
      <p className="muted">{t('reports.intro')}</p>
      <form className="form card" onSubmit={(event) => void download(event)} noValidate>
        <fieldset data-testid="report-kind">
          <legend>{t('reports.kind')}</legend>
          {REPORT_KINDS.map((kind) => (
            <div className="checkbox" key={kind}>
              <input
                type="radio"
                id={`report-kind-${kind}`}
                name="report-kind"
                value={kind}
                checked={choice.kind === kind}
                aria-describedby={`report-kind-${kind}-hint`}
                onChange={() => set('kind', kind)}
              />
              <label htmlFor={`report-kind-${kind}`}>
                {t(`reports.kind.${kind}`)}
                <span className="hint" id={`report-kind-${kind}-hint`}>
                  {t(`reports.kindHint.${kind}`)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        {choice.kind === 'workshop' ? (
          <div className="field">
            <label htmlFor="report-workshop">{t('reports.workshop')}</label>
            <select
              id="report-workshop"
              value={choice.workshopId ?? ''}
              onChange={(event) => set('workshopId', event.target.value || undefined)}
            >
              {workshopList.length === 0 ? (
                <option value="">{t('reports.noWorkshop')}</option>
              ) : null}
              {workshopList.map((workshop) => (
                <option key={workshop.id} value={workshop.id}>
                  {workshop.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {choice.kind === 'workshop' && organiser ? (
          <div className="checkbox">
            <input
              type="checkbox"
              id="report-participants"
              checked={choice.includeParticipants}
              aria-describedby="report-participants-hint"
              onChange={(event) => set('includeParticipants', event.target.checked)}
            />
            <label htmlFor="report-participants">
              {t('reports.participants')}
              <span className="hint" id="report-participants-hint">
                {t('reports.participantsHint')}
              </span>
            </label>
          </div>
        ) : null}
        {choice.kind === 'draft' ? (
          <div className="field">
            <label htmlFor="report-draft">{t('reports.draft')}</label>
            <select
              id="report-draft"
              value={choice.draftId ?? ''}
              onChange={(event) => set('draftId', event.target.value || undefined)}
            >
              {draftList.length === 0 ? <option value="">{t('reports.noDraft')}</option> : null}
              {draftList.map((draft) => (
                <option key={draft.id} value={draft.id}>
                  {draft.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="report-language">{t('reports.language')}</label>
          <select
            id="report-language"
            value={choice.language}
            aria-describedby="report-language-hint"
            onChange={(event) => set('language', event.target.value === 'en' ? 'en' : 'fr')}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`reports.language.${language}`)}
              </option>
            ))}
          </select>
          <p className="hint" id="report-language-hint">
            {t('reports.languageHint')}
          </p>
        </div>
        <fieldset data-testid="report-format">
          <legend>{t('reports.format')}</legend>
          <div className="report-formats">
            {REPORT_FORMATS.map((format: ReportFormat) => (
              <div className="checkbox" key={format}>
                <input
                  type="radio"
                  id={`report-format-${format}`}
                  name="report-format"
                  value={format}
                  checked={choice.format === format}
                  onChange={() => set('format', format)}
                />
                <label htmlFor={`report-format-${format}`}>{t(`reports.format.${format}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="report-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={missing}
            aria-disabled={status.state === 'working'}
            data-testid="report-download"
          >
            {status.state === 'working' ? t('reports.preparing') : t('reports.download')}
          </button>
        </div>
        <div role="status" aria-live="polite" data-testid="report-status">
          {status.state === 'working' ? (
            <>
              <progress
                className="report-progress"
                max={progress?.total ?? 1}
                value={progress?.done ?? 0}
                aria-label={t('reports.progress')}
              />
              <span>{t(`reports.step.${step}`)}</span>
            </>
          ) : null}
          {status.state === 'done' ? (
            <span data-testid="report-done">{t('reports.done', { file: status.fileName })}</span>
          ) : null}
          {status.state === 'failed' ? (
            <span className="report-error" data-testid="report-error">
              {status.message}
            </span>
          ) : null}
        </div>
      </form>
      <section className="card report-sheets" aria-labelledby="report-sheets-title">
        <h2 id="report-sheets-title">{t('reports.sheets')}</h2>
        <p className="muted">
          {t('reports.sheetsIntro', { language: t(`reports.language.${choice.language}`) })}
        </p>
        <ul>
          {(['exportConcordance', 'exportRecommendations'] as const).map((name) => (
            <li key={name}>
              <span>{t(`reports.sheet.${name}`)}</span>{' '}
              <span className="report-sheet-links">
                {(['xlsx', 'csv'] as const).map((format) => (
                  <a
                    key={format}
                    className="button button-quiet"
                    href={spreadsheet(name, format)}
                    download
                    data-testid={`${name === 'exportConcordance' ? 'concordance' : 'recommendations'}-${format}`}
                    aria-label={t('reports.sheetLink', {
                      what: t(`reports.sheet.${name}`),
                      format: format.toUpperCase(),
                    })}
                  >
                    {format.toUpperCase()}
                  </a>
                ))}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
