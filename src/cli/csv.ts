/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string): string =>
    /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
