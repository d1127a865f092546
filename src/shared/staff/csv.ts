/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields with a comma, quote or line break
 * wrapped in quotes, quotes doubled), made safe to open in a spreadsheet: a cell that
 * starts with = + - @ (or a tab or carriage return) would run as a formula, so it is
 * prefixed with a single quote (OWASP's advice on CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Saves `csv` as a file, built in the browser: nothing leaves the page. A byte order mark
 * tells spreadsheet programs the file is UTF-8, so Welsh letters such as ŵ survive.
 */
export function downloadCsv(filename: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name part made of letters, digits and dashes only. */
export function fileSafe(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'export';
}
