import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { errorText } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatBytes } from '../../i18n/format.js';
import { useImportParticipants } from './queries.js';

/** The largest sheet the server takes (5 MB), checked here first to spare the upload. */
const MAX_SHEET_BYTES = 5 * 1024 * 1024;

/** Upload an attendance sheet; see what was imported, or each row's problem. */
export function ImportForm({ projectId, workshopId }: { projectId: string; workshopId: string }) {
  const { t, language } = useI18n();
  const upload = useImportParticipants(projectId, workshopId);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | undefined>();
  const [partial, setPartial] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file === undefined) {
      setProblem(t('ws.import.chooseFile'));
      return;
    }
    if (file.size > MAX_SHEET_BYTES) {
      setProblem(
        t('ws.import.tooBig', { size: formatBytes(file.size, language, { roundUp: true }) }),
      );
      return;
    }
    setProblem(undefined);
    upload.mutate(
      { file, partial },
      {
        onSuccess: (result) => {
          if (!result.imported) return;
          setFile(undefined);
          setPartial(false);
          if (input.current !== null) input.current.value = '';
        },
      },
    );
  }

  const result = upload.data;
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="import-title">
      <h2 id="import-title">{t('ws.import.title')}</h2>
      <div className="field">
        <label htmlFor="sheet-file">{t('ws.import.file')}</label>
        <input
          id="sheet-file"
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="sheet-file-hint"
          data-testid="sheet-input"
          onChange={(event) => {
            setFile(event.target.files?.[0]);
            setProblem(undefined);
            upload.reset();
          }}
        />
        <p id="sheet-file-hint" className="hint">
          {t('ws.import.hint')}
        </p>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={partial}
          data-testid="sheet-partial"
          onChange={(event) => setPartial(event.target.checked)}
        />{' '}
        {t('ws.import.partial')}
      </label>
      {problem === undefined ? null : (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      )}
      {upload.error === null ? null : (
        <p className="alert alert-error" role="alert" data-testid="sheet-error">
          {errorText(t, upload.error)}
        </p>
      )}
      {result === undefined ? null : (
        <div
          className={result.imported ? 'alert alert-success' : 'alert alert-error'}
          role={result.imported ? 'status' : 'alert'}
          data-testid="sheet-result"
        >
          <p>
            {result.imported
              ? t('ws.import.done', {
                  file: result.fileName,
                  created: result.created,
                  updated: result.updated,
                  skipped: result.skipped,
                  checkIns: result.checkIns,
                })
              : t('ws.import.refused', { count: result.errors.length })}
          </p>
        </div>
      )}
      {result === undefined || result.errors.length === 0 ? null : (
        <div className="table-wrap">
          <table className="table responsive-table" data-testid="sheet-errors">
            <caption>{t('ws.import.errors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ws.import.row')}</th>
                <th scope="col">{t('ws.import.column')}</th>
                <th scope="col">{t('ws.import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((error) => (
                <tr key={`${error.row}-${error.column}-${error.code}`}>
                  <td data-label={t('ws.import.row')}>{error.row}</td>
                  <td data-label={t('ws.import.column')}>{error.column}</td>
                  <td data-label={t('ws.import.problem')}>
                    {t(`ws.sheetError.${error.code}`, { value: error.value })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={upload.isPending}
          data-testid="sheet-submit"
        >
          {upload.isPending ? t('ws.import.sending') : t('ws.import.submit')}
        </button>
      </div>
    </form>
  );
}
