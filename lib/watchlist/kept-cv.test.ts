import { describe, expect, it } from 'vitest';
import { DAMAGED_KEPT_CV, forgetCv, keepCv, MAX_KEPT_CV_CHARS, readKeptCv } from './kept-cv';
import { KEPT_CV_KEY } from './schema';
import { MemoryArea } from '../../tests/watchlist/helpers';

const CV = 'Alex Sample\nPMO Analyst, 2019 to date. PRINCE2 Practitioner; SC cleared; Power BI and Smartsheet.';

describe('a CV kept on this computer', () => {
  it('is stored under its own key, read back validated, and forgotten', async () => {
    const area = new MemoryArea();
    expect(await readKeptCv(area)).toEqual({ cv: null, problem: null });
    await keepCv(area, `  ${CV}\n`, 'alex-cv.docx', new Date('2026-11-29T10:00:00.000Z'));
    expect(await readKeptCv(area)).toEqual({ cv: { v: 1, text: CV, from: 'alex-cv.docx', at: '2026-11-29T10:00:00.000Z' }, problem: null });
    expect([...area.data.keys()]).toEqual([KEPT_CV_KEY]);
    await forgetCv(area);
    expect(area.data.size).toBe(0);
  });

  it('a text over the limit is refused with a clear reason and nothing is stored', async () => {
    const area = new MemoryArea();
    const long = `${CV}\n`.repeat(Math.ceil(MAX_KEPT_CV_CHARS / CV.length) + 1);
    await expect(keepCv(area, long, 'long.pdf')).rejects.toThrow(/^This CV is too long to keep \([\d,]+ characters; up to 100,000 can be kept\)\. It was read, but its text was not kept\.$/);
    await expect(keepCv(area, '   ', 'blank.txt')).rejects.toThrow('There is no CV text to keep.');
    expect(area.data.size).toBe(0);
  });

  it('a damaged stored value is reported, never shown as a CV', async () => {
    const area = new MemoryArea();
    for (const bad of [{ v: 1, text: 42, from: 'x', at: '2026-11-29T10:00:00.000Z' }, 'Alex Sample', { v: 1, text: CV, from: 'x', at: 'yesterday' }, { v: 1, text: CV, from: 'x', at: '2026-11-29T10:00:00.000Z', extra: 1 }]) {
      await area.set({ [KEPT_CV_KEY]: bad });
      expect(await readKeptCv(area)).toEqual({ cv: null, problem: DAMAGED_KEPT_CV });
    }
  });
});
