import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarly, EARLY_KEY } from '../lib/popup-early';
import { loadPopupScriptAfterPaint } from './popup/popup-script-after-paint';

interface Api {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
  storage?: { session?: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * Loaded by popup.html ahead of the popup's script (entrypoints/popup-app.tsx), as a plain
 * script of a few hundred bytes: it arrives sooner than the popup's script, so the tab's
 * questions go out while that is still being read. It uses the browser's own API object, not
 * the polyfill, to stay small (Chromium's MV3 `chrome` returns promises as Firefox's `browser` does).
 */
export default defineUnlistedScript(() => {
  // When the page came with its answer, the questions only confirm it: they go out once it has
  // been painted, just before the popup's script is loaded, so nothing competes with that paint.
  if (!loadPopupScriptAfterPaint(document.currentScript, document, ask)) ask();
});

function ask(): void {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api } & Record<string, unknown>;
  const api = g.browser ?? g.chrome;
  if (!api?.runtime?.sendMessage) return;
  g[EARLY_KEY] = askEarly({
    search: location.search,
    async activeTabId() {
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
    },
    send: (message) => api.runtime.sendMessage(message),
    readSession: api.storage?.session ? async (key) => (await api.storage!.session!.get(key))[key] : undefined,
    now: () => Math.round(performance.now()),
  });
}
