// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SaveButton } from './SaveButton';
import type { WatchlistPort } from './ports';
import { makeAnalysis, makePosting } from '../../tests/watchlist/helpers';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

it('a refusal that ends in a full stop reads as one sentence, not "problem.. Try again."', async () => {
  const refusal = 'Your saved jobs could not be upgraded (no migration from version 2). They have been left exactly as they were; export them from here and report the problem.';
  const watchlist = { lookup: async () => null, save: async () => Promise.reject(new Error(refusal)) } as unknown as WatchlistPort;
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<SaveButton posting={makePosting()} analysis={makeAnalysis()} watchlist={watchlist} />, root!));
  await act(async () => (root!.querySelector('[data-testid="save-job"]') as HTMLButtonElement).click());
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  const text = root.querySelector('.save-message')!.textContent!;
  expect(text).toContain('report the problem. Try again.');
  expect(text).not.toMatch(/\.\./);
});

describe('a job already saved from another board', () => {
  const repost = { id: 'reed:51234567', reason: 'text' as const, title: 'PMO Analyst', company: 'Northbridge Housing Group', source: 'Reed', savedAt: '2026-11-03T10:00:00.000Z' };

  async function mountWith(found: typeof repost | null) {
    const saves: (string | undefined)[] = [];
    const watchlist: WatchlistPort = {
      lookup: async () => null,
      findRepost: async () => found,
      save: async (_p, _a, linkTo) => {
        saves.push(linkTo);
        return { status: 'saved' };
      },
    };
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<SaveButton posting={makePosting({ source: 'linkedin', jobId: '39990001' })} analysis={makeAnalysis()} watchlist={watchlist} />, root!));
    await act(async () => (root!.querySelector('[data-testid="save-job"]') as HTMLButtonElement).click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    return saves;
  }

  it('asks before saving, naming the board and the day, and saves nothing until the reader answers', async () => {
    const saves = await mountWith(repost);
    const prompt = root!.querySelector('[data-testid="repost-prompt"]')!;
    expect(prompt.textContent).toMatch(/This looks like a job you saved from Reed on (3 Nov|Nov 3)/);
    expect(saves).toEqual([]);
  });

  it('"Link them" saves linked to the saved job', async () => {
    const saves = await mountWith(repost);
    await act(async () => (root!.querySelector('[data-testid="repost-link"]') as HTMLButtonElement).click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(saves).toEqual(['reed:51234567']);
    expect(root!.textContent).toContain('Linked with the job saved from Reed');
  });

  it('"Save separately" saves without a link', async () => {
    const saves = await mountWith(repost);
    await act(async () => (root!.querySelector('[data-testid="repost-separate"]') as HTMLButtonElement).click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(saves).toEqual([undefined]);
    expect(root!.querySelector('[data-testid="save-job"]')!.textContent).toBe('Saved to watchlist');
  });

  it('no repost: one click saves at once', async () => {
    expect(await mountWith(null)).toEqual([undefined]);
    expect(root!.querySelector('[data-testid="repost-prompt"]')).toBeNull();
  });
});
