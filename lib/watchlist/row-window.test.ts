import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window';

const rows = (n: number, height?: number) => Array.from({ length: n }, () => height);

describe('rowWindow', () => {
  it('renders the rows on screen and a few either side, standing in for the rest with their height', () => {
    // 50 rows of 100 px; the screen shows 250–1050 px of the table.
    expect(rowWindow({ heights: rows(50, 100), estimate: 80, top: 250, bottom: 1050, overscan: 3 })).toEqual({ start: 0, end: 14, before: 0, after: 3600 });
    expect(rowWindow({ heights: rows(50, 100), estimate: 80, top: 2050, bottom: 2850, overscan: 2 })).toEqual({ start: 18, end: 31, before: 1800, after: 1900 });
  });

  it('uses the estimate for rows not measured yet, and measured heights where known', () => {
    const heights = [200, 200, undefined, undefined, undefined, undefined];
    expect(rowWindow({ heights, estimate: 50, top: 0, bottom: 300, overscan: 0 })).toEqual({ start: 0, end: 2, before: 0, after: 200 });
    expect(rowWindow({ heights, estimate: 50, top: 400, bottom: 460, overscan: 0 })).toEqual({ start: 2, end: 4, before: 400, after: 100 });
  });

  it('a table below the screen still renders its first rows; one scrolled past keeps its last', () => {
    expect(rowWindow({ heights: rows(30, 100), estimate: 100, top: -900, bottom: -100, overscan: 2 })).toMatchObject({ start: 0, end: 3 });
    expect(rowWindow({ heights: rows(30, 100), estimate: 100, top: 5000, bottom: 5800, overscan: 2 })).toMatchObject({ start: 28, end: 30, after: 0 });
  });

  it('a short list is rendered whole', () => {
    expect(rowWindow({ heights: rows(4, 120), estimate: 120, top: 0, bottom: 800, overscan: 4 })).toEqual({ start: 0, end: 4, before: 0, after: 0 });
    expect(rowWindow({ heights: [], estimate: 120, top: 0, bottom: 800, overscan: 4 })).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
