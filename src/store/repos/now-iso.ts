let last = 0;

/**
 * The current time as ISO-8601 UTC text, strictly later than the previous call in this
 * process, so rows written in the same millisecond still sort in the order they were written.
 */
export function nowIso(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
