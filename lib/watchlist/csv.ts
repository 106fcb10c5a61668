/**
 * CSV that opens cleanly in Excel and cannot run anything there: UTF-8 with a BOM (so Excel
 * reads the encoding), every cell quoted (Excel set to a semicolon or tab list separator, as
 * in German, French or Polish settings, still sees one cell), CRLF line ends, and any formula
 * start prefixed with an apostrophe (CWE-1236): at the start of a cell and after each `;` or
 * tab, where such a spreadsheet would begin a new cell. Advert text is written by strangers,
 * so every cell is treated as hostile.
 */

export const BOM = '\uFEFF';
// Full-width forms that some spreadsheet locales also read as formula starts.
const FORMULA_START = /(?<=^|[;\t])[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/g;

export function neutralise(value: string): string {
  return value.replace(FORMULA_START, (sign) => `'${sign}`);
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const text = typeof value === 'string' ? neutralise(value) : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], withBom = true): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return (withBom ? BOM : '') + body + '\r\n';
}

/** RFC 4180 reader, for tests and for checking an export; returns raw cell text. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
