/** Today's date at the venue (the server's clock), `YYYY-MM-DD`. */
export function localDay(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
