/// <reference types="node" />
/**
 * CSV as a spreadsheet reads it, and (where LibreOffice Calc is installed, as CI installs it)
 * a file's trip through Calc: in as a spreadsheet, out again as CSV. Shared by the finance
 * export's and the person's record's tests (issue 16).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
export const noCalc = soffice ? false : 'LibreOffice Calc is not installed (CI installs libreoffice-calc-nogui)';

/** The CSV after Calc opened it (comma, double quote, UTF-8, from row 1) and saved it as CSV again. */
export function throughCalc(csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'coprod-calc-'));
  try {
    writeFileSync(join(dir, 'file.csv'), csv);
    const office = (args: string[]) => execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, ...args], { cwd: dir, stdio: 'pipe', timeout: 180_000 });
    office(['--infilter=CSV:44,34,76,1', '--convert-to', 'ods', '--outdir', join(dir, 'ods'), join(dir, 'file.csv')]);
    office(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false', '--outdir', join(dir, 'back'), join(dir, 'ods/file.ods')]);
    return readFileSync(join(dir, 'back/file.csv'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Whether Calc gave a cell back as it was: numbers compare as numbers (Calc writes 12.50 as
 * 12.5); everything else as text, exactly, except that a Calc cell cannot hold a tab (Calc
 * drops it on import, quoted or not). A date and time ("2025-03-20 14:00") is read as one and
 * written with its seconds ("2025-03-20 14:00:00"): the same moment.
 */
export const sameInCalc = (a: string, b: string): boolean =>
  a.replace(/\t/g, '') === b || (a.trim() !== '' && /^-?\d+(\.\d+)?$/.test(a) && Number(a) === Number(b)) || (/^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(a) && b === `${a}:00`);
