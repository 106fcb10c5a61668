import type { Posting } from '../posting';
import type { ExtractOptions } from './core';
import { extractOnBoard } from './board-page';

export interface WatchOptions {
  /** Quiet time after the last change before re-reading the page. */
  debounceMs?: number;
  /** A page that never stops mutating is still re-read this often. */
  maxWaitMs?: number;
  /** How often the address is compared, for boards that change it without any event. */
  pollMs?: number;
  maxChars?: number;
  /** The reader; by default the board reader of the content script (adapters and JSON-LD). */
  read?: (doc: Document, options: ExtractOptions) => Posting | null;
}

const keyOf = (p: Posting | null) => (p ? `${p.title}\u0000${p.jobId ?? ''}\u0000${p.text}` : '');

/**
 * Calls onChange when the job on screen changes on a single-page board: after the address changes
 * (the new job's DOM may arrive later, so the page is re-read again a little after) and after the
 * page's DOM changes, debounced. Reports only a different title, job id or text; null when the
 * advert is gone. The state at the start is the baseline and is not reported. Returns a stop function.
 */
export function watchPostingChanges(
  doc: Document,
  win: Window,
  onChange: (posting: Posting | null) => void,
  options: WatchOptions = {},
): () => void {
  const { debounceMs = 400, maxWaitMs = 2000, pollMs = 500, maxChars, read = extractOnBoard } = options;
  const href = () => {
    try {
      return win.location.href;
    } catch {
      return '';
    }
  };
  const readNow = () => {
    try {
      return read(doc, { url: href(), maxChars });
    } catch {
      return null;
    }
  };
  let last = keyOf(readNow());
  let lastHref = href();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let again: ReturnType<typeof setTimeout> | undefined;
  let since = 0;
  let stopped = false;

  const check = () => {
    since = 0;
    const p = readNow();
    const k = keyOf(p);
    if (stopped || k === last) return;
    last = k;
    try {
      onChange(p);
    } catch {
      // The listener's failure is not the page's.
    }
  };
  const schedule = () => {
    const now = Date.now();
    since ||= now;
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, Math.min(debounceMs, since + maxWaitMs - now)));
  };
  const onUrl = () => {
    if (href() === lastHref) return;
    lastHref = href();
    schedule();
    clearTimeout(again);
    again = setTimeout(schedule, debounceMs * 4);
  };

  let mo: MutationObserver | undefined;
  try {
    mo = new ((win as unknown as typeof globalThis).MutationObserver ?? MutationObserver)(schedule);
    mo.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  } catch {
    // Without an observer the address poll still catches job switches.
  }
  const poll = setInterval(onUrl, pollMs);
  win.addEventListener('popstate', onUrl);

  return () => {
    stopped = true;
    mo?.disconnect();
    clearInterval(poll);
    clearTimeout(timer);
    clearTimeout(again);
    win.removeEventListener('popstate', onUrl);
  };
}
