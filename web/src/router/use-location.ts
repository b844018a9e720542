import { useSyncExternalStore } from 'react';
import { parseHash, type Location } from './routes.js';

const listeners = new Set<() => void>();
let current: { hash: string; location: Location } | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

function snapshot(): Location {
  const hash = window.location.hash;
  if (current?.hash !== hash) current = { hash, location: parseHash(hash) };
  return current.location;
}

/** The current page, re-rendering when the hash changes. */
export function useLocation(): Location {
  return useSyncExternalStore(subscribe, snapshot);
}

/**
 * Go to `to` (an `href` value). `replace` keeps the history entry: for filters, so Back leaves
 * the page instead of undoing each filter.
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) {
    window.history.replaceState(window.history.state, '', to);
    for (const listener of listeners) listener();
  } else {
    window.location.hash = to.startsWith('#') ? to.slice(1) : to;
  }
}
