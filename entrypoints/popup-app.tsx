import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarly, EARLY_KEY } from '../lib/popup-early';
import { startPopup } from './popup/main';

interface Api {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
  storage?: { session?: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * The popup's one script, loaded by popup.html as a plain script (no module, no shared chunk):
 * a module graph is several reads of the package run only once the page is parsed, where one
 * classic script runs as soon as it is read. The tab's questions go out first, then the popup
 * renders. It uses the browser's own API object, not the polyfill (Chromium's MV3 `chrome`
 * returns promises as Firefox's `browser` does).
 */
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api } & Record<string, unknown>;
  const api = g.browser ?? g.chrome;
  if (api?.runtime?.sendMessage) {
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
  startPopup();
});
