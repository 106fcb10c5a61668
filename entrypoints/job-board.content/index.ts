import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { BOARD_MATCHES } from '@/lib/boards';
import { extract } from '@/lib/extract';
import { watchPostingChanges } from '@/lib/extract/watch';
import { applyHighlights, clearHighlights } from '@/lib/highlight';
import { parseIncoming } from './incoming';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  main() {
    // Captured once, before page scripts can swap them, so a hostile page cannot redirect them.
    const doc = document;
    const win = window;
    const runtime = browser.runtime;
    const read = () => {
      try {
        return extract(doc, { url: win.location.href });
      } catch {
        return null;
      }
    };

    runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
      if (sender.id !== runtime.id) return undefined;
      const message = parseIncoming(raw);
      if (!message) return undefined;
      if (message.type === 'extractNow') return Promise.resolve({ posting: read() });
      if (message.phrases.length === 0) clearHighlights(doc);
      else applyHighlights(doc, message.phrases);
      return Promise.resolve({ ok: true });
    });

    const announce = (posting: ReturnType<typeof read>) =>
      runtime.sendMessage({ type: 'postingChanged', data: { posting } }).catch(() => undefined);
    announce(read());
    watchPostingChanges(doc, win, announce);
  },
});
