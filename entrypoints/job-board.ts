import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchJobChanges } from '../lib/extract/watch';

/**
 * The content script of the supported boards (declared in wxt.config.ts with their matches).
 * Single-page boards swap jobs without a reload, so it tells the background whenever the job on
 * screen may have changed (pageChanged); the background then injects the full reader
 * (read-advert.js) and sets the badge from what it reads. It reads nothing itself and listens
 * for nothing, which keeps it small and gives a page nothing to talk to. It is built as a plain
 * script, without the polyfill, to stay inside the content-script size budget.
 */
export default defineUnlistedScript(() => {
  // Captured at start from the content script's own world; page scripts cannot replace them.
  type Runtime = { id?: string; sendMessage(message: unknown): unknown };
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  let stop = () => {};
  const ask = () => {
    // After an update or uninstall this copy is orphaned: its runtime id disappears.
    if (!runtime?.id) {
      stop();
      return;
    }
    try {
      void Promise.resolve(runtime.sendMessage({ type: 'pageChanged', data: {} })).catch(() => undefined);
    } catch {
      stop();
    }
  };
  stop = watchJobChanges(document, window, ask);
});
