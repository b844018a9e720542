import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_UPLOAD_BYTES } from '../../../../src/contract/laws.js';
import { errorText } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatBytes } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/en.js';
import { href } from '../../router/routes.js';
import { newUploadId, useImportProgress } from '../live/import-progress.js';
import { ACCEPT_ATTRIBUTE, uploadProblem, type UploadProblem } from './model.js';
import { useUploadLaw } from './queries.js';
import { WarningList } from './warning-list.js';

const PROBLEM_KEYS: Readonly<Record<UploadProblem, MessageKey>> = {
  empty: 'laws.chooseFile',
  tooBig: 'laws.tooBig',
  badFormat: 'laws.badFormat',
};

/** Choose a file, see it go up, then read what the parser had to say about it. */
export function UploadForm({ projectId }: { projectId: string }) {
  const { t, language } = useI18n();
  const upload = useUploadLaw(projectId);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [uploadId, setUploadId] = useState<string | undefined>();
  const ocr = useImportProgress(uploadId);
  const limit = formatBytes(MAX_UPLOAD_BYTES, language);

  function check(chosen: File | undefined): string | undefined {
    if (chosen === undefined) return t('laws.chooseFile');
    const found = uploadProblem(chosen, MAX_UPLOAD_BYTES);
    return found === undefined
      ? undefined
      : t(PROBLEM_KEYS[found], {
          size: formatBytes(chosen.size, language, { roundUp: true }),
          limit,
        });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check(file);
    setProblem(found);
    if (file === undefined || found !== undefined) return;
    const id = newUploadId();
    setUploadId(id);
    upload.mutate(
      { file, uploadId: id },
      {
        onSuccess: () => {
          setFile(undefined);
          if (input.current !== null) input.current.value = '';
        },
      },
    );
  }

  const sending = upload.isPending && upload.progress < 1;
  return (
    <form className="form card upload-form" onSubmit={submit} aria-labelledby="upload-title">
      <h2 id="upload-title">{t('laws.upload')}</h2>
      <div className="field">
        <label htmlFor="law-file">{t('laws.file')}</label>
        <input
          id="law-file"
          ref={input}
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          aria-describedby="law-file-hint"
          data-testid="upload-input"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            setFile(chosen);
            setProblem(chosen === undefined ? undefined : check(chosen));
            upload.reset();
          }}
        />
        <p id="law-file-hint" className="hint">
          {t('laws.uploadHint', { size: limit })}
        </p>
      </div>
      {problem === undefined ? null : (
        <p className="alert alert-error" role="alert" data-testid="upload-problem">
          {problem}
        </p>
      )}
      {upload.isPending ? (
        <div className="upload-progress" role="status">
          <progress
            max={1}
            value={sending ? upload.progress : undefined}
            data-testid="upload-progress"
            aria-label={t('laws.upload')}
          />
          <span>
            {sending
              ? t('laws.uploading', { percent: Math.round(upload.progress * 100) })
              : t('laws.processing')}
          </span>
        </div>
      ) : null}
      <p aria-live="polite" className="hint" data-testid="upload-ocr-progress">
        {upload.isPending && !sending && ocr !== undefined
          ? t('laws.ocrProgress', { page: Math.min(ocr.done + 1, ocr.total), total: ocr.total })
          : ''}
      </p>
      {upload.error === null ? null : (
        <p className="alert alert-error" role="alert" data-testid="upload-error">
          {t('laws.importFailed', { message: errorText(t, upload.error) })}
        </p>
      )}
      {upload.data === undefined ? null : (
        <div className="alert alert-success" role="status" data-testid="upload-result">
          <p>
            <a href={href.law(projectId, upload.data.law.id)}>
              {t('laws.imported.ok', {
                title: upload.data.law.title,
                articles: upload.data.law.articleCount,
              })}
            </a>
          </p>
          <h3>{t('laws.importWarnings')}</h3>
          <WarningList warnings={upload.data.warnings} testId="import-warnings" />
        </div>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={upload.isPending}>
          {t('laws.submit')}
        </button>
      </div>
    </form>
  );
}
