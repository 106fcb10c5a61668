/**
 * Which rows of a table are on screen: the table renders those (and a few either side) and
 * stands in for the rest with empty space of their height, so a change to the list lays out
 * a screenful of rows, not every row of the page.
 */
export interface RowWindow {
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** Height of the rows above `start` and below `end`, drawn as empty space. */
  before: number;
  after: number;
}

export interface WindowInput {
  /** The height of each row where it was measured, else undefined (`estimate` stands in). */
  heights: readonly (number | undefined)[];
  estimate: number;
  /** The part of the table on screen, in pixels from the top of its first row. */
  top: number;
  bottom: number;
  /** Rows rendered beyond each edge of the screen, so a short scroll shows no gap. */
  overscan: number;
}

export function rowWindow({ heights, estimate, top, bottom, overscan }: WindowInput): RowWindow {
  const n = heights.length;
  const h = (i: number) => heights[i] ?? estimate;
  let y = 0;
  let first = 0;
  while (first < n && y + h(first) <= top) y += h(first++);
  let last = first;
  let z = y;
  while (last < n && z < bottom) z += h(last++);
  const start = Math.max(0, Math.min(first, n) - overscan);
  const end = Math.min(n, Math.max(last, start + 1) + overscan);
  let before = 0;
  for (let i = 0; i < start; i++) before += h(i);
  let after = 0;
  for (let i = end; i < n; i++) after += h(i);
  return { start, end, before, after };
}
