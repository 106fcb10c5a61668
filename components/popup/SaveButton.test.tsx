// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
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
