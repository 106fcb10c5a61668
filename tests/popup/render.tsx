import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { WatchlistPort } from '../../components/popup/ports';
import { App, type PopupDeps } from '../../entrypoints/popup/App';
import type { TabResult } from '../../lib/messages';

export function fakeWatchlist(initial: string | null = null): WatchlistPort & { saved: unknown[] } {
  let status = initial;
  const saved: unknown[] = [];
  return {
    saved,
    lookup: vi.fn(async () => (status ? { status } : null)),
    save: vi.fn(async (posting, analysis) => {
      saved.push({ posting, analysis });
      status = 'interested';
      return { status };
    }),
  };
}

export function fakeDeps(result: TabResult | (() => Promise<TabResult>), overrides: Partial<PopupDeps> = {}): PopupDeps {
  const answer = typeof result === 'function' ? result : async () => result;
  return {
    resolveTabId: vi.fn(async () => 7),
    analyzeTab: vi.fn(async () => answer()),
    analyzeText: vi.fn(async () => answer()),
    readSelection: vi.fn(async () => ''),
    highlight: vi.fn(async () => 4),
    loadHighlightSetting: vi.fn(async () => false),
    saveHighlightSetting: vi.fn(async () => undefined),
    openWatchlist: vi.fn(),
    watchlist: fakeWatchlist(),
    ...overrides,
  };
}

/** Lets promises settle and Preact flush its effects. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export async function mount(deps: PopupDeps, sample?: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(() => {
    render(<App deps={deps} sample={sample} />, root);
  });
  await settle();
  return root;
}

export function unmount(root: HTMLElement): void {
  render(null, root);
  root.remove();
}

export const byTestId = (root: ParentNode, id: string) => Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
