/**
 * The popup's first script (entrypoints/popup-ask.ts) is a few hundred bytes, read before the
 * popup's own script: it asks the tab's two questions at once, so their answers are on their
 * way while that script is still being read. The popup then takes these questions up instead
 * of asking again. Free of browser APIs: the script hands them in.
 */

/** Where the first script leaves its questions for the popup. */
export const EARLY_KEY = '__pmoPopupOpening';

/**
 * Where the background keeps the answer it holds for a tab in storage.session, and where the
 * first script reads it: a read of the browser's session store comes back several times sooner
 * than a message to the background, and needs no background awake to answer it.
 */
export const heldAnswerKey = (tabId: number) => `tab-answer:${tabId}`;

/**
 * A held answer as the background stored it. The background validated it against the message
 * protocol before storing it, and storage.session is closed to content scripts, so the popup
 * tells an answer apart from anything else here as it does with the background's replies.
 */
export function isHeldAnswer(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { state, posting, analysis } = value as Record<string, unknown>;
  return state === 'ok' && typeof posting === 'object' && posting !== null && typeof analysis === 'object' && analysis !== null;
}

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
  /** The value stored under `key` in storage.session; absent where the browser has none. */
  readSession?(key: string): Promise<unknown>;
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
    const message = { type, data: { tabId: id } };
    const reply = type === 'latestAnswer' && io.readSession ? heldOrAsk(io, id, message) : io.send(message);
    question.reply = reply.finally(() => {
      question.replied = io.now();
    });
    // Taken up by the popup later; a failure meanwhile is not an unhandled one.
    question.reply.catch(() => undefined);
    return question;
  };
  // The held answer is asked first: it is read from the session store (or the background's
  // memory) while the background reads the page afresh. A tab named in the address is asked
  // about at once, not a step later, which would come after the popup's first render.
  const now = fromUrl !== null ? { held: ask('latestAnswer', fromUrl), fresh: ask('analyzeTab', fromUrl) } : null;
  const held = now ? Promise.resolve(now.held) : tabId.then((id) => ask('latestAnswer', id));
  const fresh = now ? Promise.resolve(now.fresh) : tabId.then((id) => ask('analyzeTab', id));
  for (const p of [tabId, held, fresh]) p.catch(() => undefined);
  return { tabId, held, fresh };
}

/**
 * The answer stored for the tab; when there is none yet (the board script's report still being
 * analysed, a selection from the context menu on its way), the background is asked, as it
 * knows what is under way.
 */
async function heldOrAsk(io: EarlyIo, tabId: number, message: unknown): Promise<unknown> {
  const stored = await io.readSession!(heldAnswerKey(tabId)).catch(() => undefined);
  return isHeldAnswer(stored) ? stored : io.send(message);
}
