import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DraftDetail } from '../../../../src/contract/drafts.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { href } from '../../router/routes.js';
import { exportHref, useRestoreDraftVersion, useSaveDraftVersion } from './queries.js';

/** Named versions of the draft: save the working copy as one, compare, download or restore one. */
export function VersionsPanel({
  project,
  draft,
  canWrite,
}: {
  project: Project;
  draft: DraftDetail;
  canWrite: boolean;
}) {
  const { t, language } = useI18n();
  const save = useSaveDraftVersion(project.id, draft.id);
  const restore = useRestoreDraftVersion(project.id, draft.id);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState('');
  const ids = { projectId: project.id, draftId: draft.id };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(
      { name: name.trim(), note },
      {
        onSuccess: (version) => {
          setName('');
          setNote('');
          setSaved(t('draft.version.saved', { number: version.number, name: version.name }));
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="versions-title" data-testid="draft-versions">
      <h2 id="versions-title">{t('draft.version.title')}</h2>
      {canWrite ? (
        <form className="form" onSubmit={submit} data-testid="version-form">
          <div className="field">
            <label htmlFor="version-name">{t('draft.version.name')}</label>
            <input
              id="version-name"
              required
              maxLength={200}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="version-note">{t('draft.version.note')}</label>
            <input
              id="version-note"
              maxLength={4000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          {save.error === null ? null : <ErrorMessage error={save.error} />}
          <div>
            <button
              type="submit"
              className="button button-primary"
              disabled={save.isPending || name.trim() === ''}
              data-testid="version-save"
            >
              {t('draft.version.save')}
            </button>
          </div>
        </form>
      ) : null}
      <p role="status" className="muted" data-testid="version-status">
        {saved}
      </p>
      {draft.versions.length === 0 ? (
        <p className="empty">{t('draft.version.none')}</p>
      ) : (
        <ol className="draft-versions" reversed data-testid="draft-version-list">
          {[...draft.versions].reverse().map((version) => (
            <li key={version.number} data-testid={`draft-version-${version.number}`}>
              <p>
                <strong>
                  {t('draft.version.label', { number: version.number, name: version.name })}
                </strong>{' '}
                <span className="muted">
                  {t('draft.version.byOn', {
                    name: version.createdBy.name,
                    date: formatDateTime(version.createdAt, language),
                    count: version.articleCount,
                  })}
                </span>
              </p>
              {version.note === '' ? null : <p>{version.note}</p>}
              <p className="rec-toolbar">
                <a
                  className="button button-small"
                  href={href.draft(project.id, draft.id, {
                    tab: 'compare',
                    query: new URLSearchParams({ left: `v${version.number}`, right: 'current' }),
                  })}
                >
                  {t('draft.version.compare')}
                </a>
                <a
                  className="button button-small"
                  href={exportHref(ids, 'docx', `v${version.number}`)}
                  download
                >
                  {t('draft.version.docx')}
                </a>
                {canWrite ? (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={restore.isPending}
                    onClick={() => {
                      const question = t('draft.version.restoreConfirm', {
                        number: version.number,
                        name: version.name,
                      });
                      if (window.confirm(question)) restore.mutate(version.number);
                    }}
                    data-testid={`version-restore-${version.number}`}
                  >
                    {t('draft.version.restore')}
                  </button>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
      {restore.error === null ? null : <ErrorMessage error={restore.error} />}
    </section>
  );
}
