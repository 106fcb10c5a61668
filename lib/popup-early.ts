/**
 * The popup's first script (entrypoints/popup-ask.ts) is a few hundred bytes, read before the
 * popup's own bundle: it sends the tab's two questions to the background at once, so their
 * answers are on their way while the bundle is still being read. The popup then takes these
 * questions up instead of asking again. Free of browser APIs: the script hands them in.
 */

/** Where the first script leaves its questions for the popup. */
export const EARLY_KEY = '__pmoPopupOpening';

/** One question sent early: its reply as it came, and when it went out and came back (ms since navigation start). */
export interface EarlyQuestion {
  /** The tab it asks about. */
  tabId: number;
  reply: Promise<unknown>;
  asked: number;
  replied?: number;
}

export interface EarlyOpening {
  tabId: Promise<number | null>;
  /** Null when there is no tab to ask about. */
  held: Promise<EarlyQuestion | null>;
  fresh: Promise<EarlyQuestion | null>;
}

export interface EarlyIo {
  search: string;
  activeTabId(): Promise<number | null>;
  send(message: unknown): Promise<unknown>;
  now(): number;
}

/** `?tabId=N` lets a test (or the watchlist page) open the popup as a normal page for a given tab. */
export function tabIdFromUrl(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The tab's questions, asked now; null for the welcome page's sample, which asks nothing of a tab. */
export function askEarly(io: EarlyIo): EarlyOpening | null {
  if (new URLSearchParams(io.search).get('sample') === '1') return null;
  const fromUrl = tabIdFromUrl(io.search);
  const tabId = fromUrl !== null ? Promise.resolve(fromUrl) : io.activeTabId();
  const ask = (type: 'latestAnswer' | 'analyzeTab', id: number | null): EarlyQuestion | null => {
    if (id === null) return null;
    const question: EarlyQuestion = { tabId: id, asked: io.now(), reply: Promise.resolve() };
    question.reply = io.send({ type, data: { tabId: id } }).finally(() => {
      question.replied = io.now();
    });
    // Taken up by the popup later; a failure meanwhile is not an unhandled one.
    question.reply.catch(() => undefined);
    return question;
  };
  // The held answer is asked first: the background answers it from memory while it reads the page afresh.
  const held = tabId.then((id) => ask('latestAnswer', id));
  const fresh = tabId.then((id) => ask('analyzeTab', id));
  for (const p of [tabId, held, fresh]) p.catch(() => undefined);
  return { tabId, held, fresh };
}
