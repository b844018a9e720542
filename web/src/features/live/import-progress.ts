import { useEffect, useState } from 'react';
import type { LiveChange } from '../../../../src/contract/live.js';
import { nextImportProgress, type ImportProgress } from './model.js';

type Listener = (change: LiveChange) => void;

/** Upload forms listening for the progress of their own upload. */
const listeners = new Set<Listener>();

/** Hands an `import` change from the project's event stream to the forms listening. */
export function reportImportChange(change: LiveChange): void {
  for (const listener of listeners) listener(change);
}

/** A fresh ID for one upload, under which the server announces its OCR progress. */
export function newUploadId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Pages served over plain HTTP have no randomUUID: build a version 4 UUID by hand.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The latest OCR progress the server announced for `uploadId` (undefined before any). */
export function useImportProgress(uploadId: string | undefined): ImportProgress | undefined {
  const [progress, setProgress] = useState<ImportProgress | undefined>();
  useEffect(() => {
    setProgress(undefined);
    if (uploadId === undefined) return undefined;
    const listener: Listener = (change) =>
      setProgress((shown) => nextImportProgress(shown, change, uploadId));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [uploadId]);
  return progress;
}
