/**
 * Reads a JSON text column. The type is the caller's word: every JSON column is written by
 * this store from a value of that type (`toJson`), never by hand.
 */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Writes a value to a JSON text column. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}
