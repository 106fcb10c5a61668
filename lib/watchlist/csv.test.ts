import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv';

describe('CSV cells for spreadsheets that split on semicolons or tabs', () => {
  it('quotes every cell, so a semicolon never splits one', () => {
    expect(csvCell('PMO Analyst')).toBe('"PMO Analyst"');
    expect(csvCell('Leeds; hybrid')).toBe('"Leeds; hybrid"');
    expect(csvCell(0.82)).toBe('"0.82"');
    expect(csvCell(null)).toBe('""');
    expect(toCsv([['a', 'b;c']], false)).toBe('"a","b;c"\r\n');
  });

  it('neutralises a formula start after a semicolon or a tab as well as at the start', () => {
    expect(csvCell('PMO;=1+1;')).toBe(`"PMO;'=1+1;"`);
    expect(csvCell('notes\t+44 113')).toBe(`"notes\t'+44 113"`);
    expect(csvCell('a;@SUM(A1);-2')).toBe(`"a;'@SUM(A1);'-2"`);
    expect(csvCell('=x;=y')).toBe(`"'=x;'=y"`);
    expect(csvCell('Prince2; MSP')).toBe('"Prince2; MSP"');
  });

  it('reads back cell for cell', () => {
    const rows = [['PMO;=1+1;', 'say "hi"', 'line\nbreak', '']];
    expect(parseCsv(toCsv(rows))).toEqual([["PMO;'=1+1;", 'say "hi"', 'line\nbreak', '']]);
  });
});

describe('formula starts in a run of separators', () => {
  it('neutralises each sign that a tab or semicolon would put at the start of a cell', () => {
    expect(csvCell('a\t\t=1')).toBe(`"a\t'\t'=1"`);
    expect(csvCell(';;+1')).toBe(`";;'+1"`);
  });
});
