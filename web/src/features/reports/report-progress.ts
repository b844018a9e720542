import { useEffect, useState } from 'react';
import type { LiveChange } from '../../../../src/contract/live.js';

type Listener = (change: LiveChange) => void;

/** Download buttons listening for the steps of their own report. */
const listeners = new Set<Listener>();

/** Hands a `report` change from the project's event stream to the buttons listening. */
export function reportReportChange(change: LiveChange): void {
  for (const listener of listeners) listener(change);
}

/** How far a report is: `done` of `total` steps (gathering, writing, printing the PDF). */
export interface ReportProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The progress a button shows after `change`: the change's when it is about the button's own
 * request and not behind what is shown already, else what was shown.
 */
export function nextReportProgress(
  shown: ReportProgress | undefined,
  change: LiveChange,
  requestId: string | undefined,
): ReportProgress | undefined {
  const progress = change.progress;
  if (change.kind !== 'report' || requestId === undefined || change.objectId !== requestId) {
    return shown;
  }
  if (progress === undefined || progress.total <= 0) return shown;
  if (shown !== undefined && progress.done < shown.done) return shown;
  return { done: Math.min(progress.done, progress.total), total: progress.total };
}

/** The latest progress the server announced for `requestId` (undefined before any). */
export function useReportProgress(requestId: string | undefined): ReportProgress | undefined {
  const [progress, setProgress] = useState<ReportProgress | undefined>();
  useEffect(() => {
    setProgress(undefined);
    if (requestId === undefined) return undefined;
    const listener: Listener = (change) =>
      setProgress((shown) => nextReportProgress(shown, change, requestId));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [requestId]);
  return progress;
}
