// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toProfile } from '../../lib/analysis';
import type { WatchlistClient } from './client';
import { until } from '../../tests/ui/until';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
  vi.doUnmock('./SidePanel');
  vi.resetModules();
});

const client: WatchlistClient = {
  area: { get: async () => ({}), set: async () => undefined, remove: async () => undefined, keys: async () => [] },
  watch: () => () => undefined,
  send: (async () => undefined) as unknown as WatchlistClient['send'],
  download: () => undefined,
};

async function mount(ready: boolean) {
  const { LaterSidePanel } = await import('./LaterSidePanel');
  const props = {
    client,
    entries: [],
    profile: toProfile({}),
    seen: [],
    syncOn: false,
    syncStatus: null,
    readOnly: false,
    isHeld: () => false,
    fitOf: () => ({ items: [], met: 0, total: 0 }) as never,
    onSaveProfile: async () => true,
    onSetSync: async () => undefined,
    onSyncNow: async () => undefined,
  };
  const draw = (r: boolean) => render(<LaterSidePanel {...props} ready={r} />, root!);
  root ??= document.body.appendChild(document.createElement('div'));
  await act(() => draw(ready));
  return draw;
}

const panel = () => root!.querySelector('aside.wl-side');

describe('the side panel of the watchlist page', () => {
  it('is not drawn while the list is loading, and is drawn once the list is on screen', async () => {
    await import('./SidePanel');
    const draw = await mount(false);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(panel()).toBeNull();
    await act(() => draw(true));
    await until(() => root!.textContent!.includes('Export and import'), 'the panel with export and import');
    expect(panel()).not.toBeNull();
  });

  it('says in one line that it could not be loaded when its code does not load, rather than breaking the page', async () => {
    vi.doMock('./SidePanel', () => {
      throw new Error('chunk missing');
    });
    await mount(true);
    await until(() => root!.querySelector('[role="alert"]') !== null, 'the message');
    expect(root!.textContent).toBe('The profile, insights and export could not be loaded. Reload this page to try again.');
  });
});
