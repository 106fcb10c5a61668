export interface WatchOptions {
  /** Quiet time after the last DOM change before the page is looked at again. */
  debounceMs?: number;
  /** A page that never stops mutating is still looked at this often. */
  maxWaitMs?: number;
  /** How often the address is compared, for boards that change it without any event. */
  pollMs?: number;
  /** After the job's signature changes, every settled burst of DOM changes asks again for this long. */
  settleMs?: number;
}

/**
 * What names the job on screen, cheaply: the address, the tab title and the page's headings.
 * A live counter or a spinner leaves it alone; opening another job changes it.
 */
export function jobSignature(doc: Document, href: string): string {
  let heads = '';
  try {
    const all = doc.querySelectorAll('h1,h2,h3,[role="heading"]');
    for (let i = 0; i < all.length && i < 40; i++) heads += `\n${(all[i]!.textContent ?? '').trim().slice(0, 120)}`;
  } catch {
    // A DOM that refuses the query still has an address and a title.
  }
  return `${href}\n${doc.title}${heads}`;
}

/**
 * Calls ask() when the job on screen may have changed on a single-page board, so the full reader
 * reads it: at once, when the address changes, and after DOM changes that change the job's
 * signature. A new job's text often arrives after its address or heading, so for a while after
 * each change every settled burst of DOM changes asks again. A page whose signature stays the
 * same (a ticking clock, a spinner) is not asked about. Returns a stop function.
 */
export function watchJobChanges(doc: Document, win: Window, ask: () => void, options: WatchOptions = {}): () => void {
  const { debounceMs = 400, maxWaitMs = 2000, pollMs = 500, settleMs = 3000 } = options;
  const href = () => {
    try {
      return win.location.href;
    } catch {
      return '';
    }
  };
  let last = '';
  let settleUntil = 0;
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const look = () => {
    since = 0;
    const sig = jobSignature(doc, href());
    const now = Date.now();
    if (sig !== last) settleUntil = now + settleMs;
    else if (now > settleUntil) return;
    last = sig;
    if (stopped) return;
    try {
      ask();
    } catch {
      // The listener's failure is not the page's.
    }
  };
  const schedule = () => {
    const now = Date.now();
    since ||= now;
    clearTimeout(timer);
    timer = setTimeout(look, Math.max(0, Math.min(debounceMs, since + maxWaitMs - now)));
  };
  const onUrl = () => {
    if (!last.startsWith(`${href()}\n`)) schedule();
  };

  look();
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
    win.removeEventListener('popstate', onUrl);
  };
}
