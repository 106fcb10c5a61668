// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { WatchlistTable } from './WatchlistTable';
import { alsoOn } from '../../lib/watchlist/duplicates-groups';
import { DEFAULT_QUERY } from '../../lib/watchlist/query';
import { buildEntry } from '../../lib/watchlist/entry';
import { summarise } from '../../lib/watchlist/summary';
import { makeAnalysis, makePosting } from '../../tests/watchlist/helpers';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

it('a job linked to its repost says where else it was saved; an unlinked job says nothing', async () => {
  const now = new Date('2026-11-03T10:00:00Z');
  const reed = summarise({ ...buildEntry(makePosting(), makeAnalysis(), now), group: 'g1' });
  const linkedin = summarise({ ...buildEntry(makePosting({ source: 'linkedin', jobId: '3999', url: 'https://www.linkedin.com/jobs/view/3999/' }), makeAnalysis(), now), group: 'g1' });
  const alone = summarise(buildEntry(makePosting({ jobId: '42', title: 'PMO Manager' }), makeAnalysis(), now));
  const rows = [reed, linkedin, alone];
  const noop = () => undefined;
  root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(
      <WatchlistTable
        rows={rows}
        sort={DEFAULT_QUERY.sort}
        dir={DEFAULT_QUERY.dir}
        onSort={noop}
        isHeld={() => false}
        fitOf={() => ({ asked: [], heldCount: 0, askedCount: 0, requiredMissing: [], nextSteps: [] })}
        readOnly={false}
        today="2026-11-03"
        alsoOn={alsoOn(rows)}
        actions={{ onStatus: noop, onNotes: async () => true, onTags: async () => true, onDelete: noop, loadEntry: async () => null }}
      />,
      root!,
    ),
  );
  const also = (id: string) => root!.querySelector(`[data-id="${id}"] [data-testid="also-on"]`)?.textContent ?? null;
  expect(also(reed.id)).toBe('Also on: LinkedIn');
  expect(also(linkedin.id)).toBe('Also on: Reed');
  expect(also(alone.id)).toBeNull();
});
