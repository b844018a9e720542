import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { LiveChange } from '../../../../src/contract/live.js';
import { fillPath } from '../../api/client.js';
import { ROUTES } from '../../../../src/contract/routes.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { reportImportChange } from './import-progress.js';
import { reportReportChange } from '../reports/report-progress.js';
import { changeMessage, staleKeys } from './model.js';

const TOAST_MS = 6000;

/**
 * One event stream per open project: each change refreshes the queries it touched, and the
 * returned message says who made it. The browser reconnects the stream by itself.
 */
export function useLiveUpdates(projectId: string, selfId: string | undefined): string {
  const client = useQueryClient();
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  // The stream outlives a language switch: it reads the current translator when it speaks.
  const translate = useRef(t);
  useEffect(() => {
    translate.current = t;
  }, [t]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(fillPath(ROUTES.events.path, { projectId }));
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener('change', (event: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data) as unknown;
      } catch {
        return;
      }
      const parsed = LiveChange.safeParse(data);
      if (!parsed.success || parsed.data.projectId !== projectId) return;
      if (parsed.data.kind === 'import') {
        // An upload still being read: only its form cares, nothing to refetch or announce.
        reportImportChange(parsed.data);
        return;
      }
      if (parsed.data.kind === 'report') {
        // A report being prepared: only its download button cares.
        reportReportChange(parsed.data);
        return;
      }
      for (const queryKey of staleKeys(parsed.data)) {
        void client.invalidateQueries({ queryKey });
      }
      const text = changeMessage(translate.current, parsed.data, selfId);
      if (text === undefined) return;
      setMessage(text);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(''), TOAST_MS);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [client, projectId, selfId]);

  return message;
}
