import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { highlightPhrases } from '../../lib/present';
import type { PopupDeps, View } from './ports';

/**
 * The "Highlight on page" toggle: remembered between popups, and followed by the page for
 * the advert on screen. Pasted text has no page to mark, so it offers no toggle.
 */
export function useHighlight(deps: PopupDeps, view: View) {
  const [on, setOn] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    deps
      .loadHighlightSetting()
      .then(setOn)
      .catch(() => setOn(false));
  }, [deps]);

  // One highlight request at a time, so a quick on-off-on ends in the state the toggle shows.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(
    (tab: number, list: string[]) => {
      const next = queue.current.catch(() => undefined).then(() => deps.highlight(tab, list));
      queue.current = next;
      return next;
    },
    [deps],
  );

  const tab = view.kind === 'result' ? view.tabId : null;
  const phrases = view.kind === 'result' ? highlightPhrases(view.analysis) : null;
  const phraseKey = phrases ? phrases.join('\u0000') : '';

  useEffect(() => {
    if (tab === null || !phrases || !on) return;
    enqueue(tab, phrases)
      .then((marked) => setMessage(marked > 0 ? null : 'Nothing to highlight on this page.'))
      .catch(() => setMessage('Highlighting is not available on this page.'));
    // phraseKey stands for phrases, whose identity changes on every render.
  }, [tab, phraseKey, on, enqueue]);

  const toggle = (next: boolean) => {
    setOn(next);
    void deps.saveHighlightSetting(next).catch(() => undefined);
    if (!next && tab !== null) {
      void enqueue(tab, []).catch(() => undefined);
      setMessage(null);
    }
  };

  return { available: tab !== null, on, message, toggle };
}
