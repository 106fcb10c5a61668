import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractOnBoard } from '../lib/extract/board-page';
import { watchPostingChanges } from '../lib/extract/watch';
import type { Posting } from '../lib/posting';

/**
 * The content script of the supported boards (declared in wxt.config.ts with their matches).
 * It reads the advert and tells the background whenever the job on screen changes, since
 * single-page boards swap jobs without a reload, so the badge follows the page.
 * It listens for nothing: the popup's reads and highlights are injected on demand, which
 * keeps this script small and gives a page nothing to talk to. It is built as a plain
 * script, without the polyfill, to stay inside the content-script size budget.
 */
export default defineUnlistedScript(() => {
  // Captured at start from the content script's own world; page scripts cannot replace them.
  type Runtime = { id?: string; sendMessage(message: unknown): unknown };
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  const doc = document;
  const win = window;
  let stop = () => {};
  const announce = (posting: Posting | null) => {
    // After an update or uninstall this copy is orphaned: its runtime id disappears.
    if (!runtime?.id) {
      stop();
      return;
    }
    try {
      void Promise.resolve(runtime.sendMessage({ type: 'postingChanged', data: { posting } })).catch(() => undefined);
    } catch {
      stop();
    }
  };
  announce(extractOnBoard(doc, { url: win.location.href }));
  stop = watchPostingChanges(doc, win, announce);
});
