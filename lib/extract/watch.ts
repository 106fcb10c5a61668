import type { Posting } from '../posting';
import { extract, type ExtractOptions } from './index';

export interface WatchOptions {
  /** Quiet time after the last change before re-reading the page. */
  debounceMs?: number;
  /** A page that never stops mutating is still re-read this often. */
  maxWaitMs?: number;
  /** How often the address is compared, for boards that change it without any event. */
  pollMs?: number;
  maxChars?: number;
  /** Replaces the extractor (tests, or a caller that adds its own reading). */
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
  const { debounceMs = 400, maxWaitMs = 2000, pollMs = 500, maxChars, read = extract } = options;
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
  let since = 0;
  let stopped = false;
  const later: ReturnType<typeof setTimeout>[] = [];

  const check = () => {
    timer = undefined;
    since = 0;
    if (stopped) return;
    const p = readNow();
    const k = keyOf(p);
    if (k === last) return;
    last = k;
    try {
      onChange(p);
    } catch {
      /* the listener's failure is not the page's */
    }
  };
  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    if (!since) since = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, Math.min(debounceMs, since + maxWaitMs - now)));
  };
  const onUrl = () => {
    const h = href();
    if (h === lastHref) return;
    lastHref = h;
    schedule();
    later.push(setTimeout(schedule, debounceMs * 4));
    if (later.length > 20) clearTimeout(later.shift());
  };

  const MO = (win as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver ?? globalThis.MutationObserver;
  let mo: MutationObserver | undefined;
  try {
    mo = new MO(schedule);
    mo.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  } catch {
    mo = undefined;
  }
  const poll = setInterval(onUrl, pollMs);
  const events = ['popstate', 'hashchange', 'locationchange', 'wxt:locationchange'];
  for (const e of events) win.addEventListener(e, onUrl);

  return () => {
    stopped = true;
    mo?.disconnect();
    clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
    later.forEach(clearTimeout);
    for (const e of events) win.removeEventListener(e, onUrl);
  };
}
