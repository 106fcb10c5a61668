import { popupBrowser } from './browser-api';
import { createReplySender, replyOf } from '../../lib/send';
import { EARLY_KEY, tabIdFromUrl, type EarlyOpening, type EarlyQuestion } from '../../lib/popup-early';
import type { PopupDeps, WatchlistPort } from '../../components/popup/ports';
import { markPhase } from './timings';

export { tabIdFromUrl };
export const HIGHLIGHT_SETTING_KEY = 'settings:highlight';

const send = createReplySender((m) => popupBrowser().runtime.sendMessage(m));

/**
 * The questions popup-ask.js sent before this script was read: each is taken up once, by the
 * first request of its kind. Looked up at the first request, not when this module loads.
 */
let early: Partial<EarlyOpening> | undefined;
function takeEarly<K extends keyof EarlyOpening>(key: K): EarlyOpening[K] | undefined {
  early ??= { ...((globalThis as Record<string, unknown>)[EARLY_KEY] as EarlyOpening | undefined) };
  const taken = early[key];
  delete early[key];
  return taken;
}

/** Sends `type` for the tab, or takes up the early question for the same tab; the popup's phases are marked either way. */
async function ask<K extends 'latestAnswer' | 'analyzeTab'>(type: K, tabId: number, sent: Promise<EarlyQuestion | null> | undefined, marks: readonly ['heldAsked', 'heldReplied'] | readonly ['asked', 'replied']) {
  const q = sent ? await sent.catch(() => null) : null;
  if (q && q.tabId === tabId) {
    markPhase(marks[0], q.asked);
    const reply = await q.reply.finally(() => markPhase(marks[1], q.replied));
    return replyOf(type, reply);
  }
  markPhase(marks[0]);
  try {
    return await send(type, { tabId } as never);
  } finally {
    markPhase(marks[1]);
  }
}

async function resolveTabId(): Promise<number | null> {
  const asked = takeEarly('tabId');
  if (asked) return asked;
  const fromUrl = tabIdFromUrl(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await popupBrowser().tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

async function readSelection(tabId: number): Promise<string> {
  const results = await popupBrowser().scripting.executeScript({
    target: { tabId },
    func: () => globalThis.getSelection?.()?.toString() ?? '',
  });
  const value = results[0]?.result;
  return typeof value === 'string' ? value : '';
}

const watchlist: WatchlistPort = {
  async lookup(posting) {
    const { entry } = await send('watchlistLookup', { posting });
    return entry ? { status: entry.status } : null;
  },
  async save(posting, analysis, linkTo) {
    const { entry } = await send('watchlistSave', linkTo ? { posting, analysis, linkTo } : { posting, analysis });
    return { status: entry.status };
  },
  async findRepost(posting) {
    return (await send('watchlistFindRepost', { posting })).match;
  },
};

export const browserDeps: PopupDeps = {
  resolveTabId,
  // Marks split the popup's answer time into its own start-up and the background's reading.
  analyzeTab: (tabId) => ask('analyzeTab', tabId, takeEarly('fresh'), ['asked', 'replied']),
  latestAnswer: (tabId) => ask('latestAnswer', tabId, takeEarly('held'), ['heldAsked', 'heldReplied']),
  analyzeText: (text, source) => send('analyzeText', { text, source }),
  readSelection,
  async highlight(tabId, phrases) {
    // Injected afresh through the same grant that read the advert: the board script listens
    // for nothing, and the isolated world keeps the page's own scripts away from it.
    // Loaded when first asked for: most readers never highlight.
    const { highlightPage } = await import('../../lib/highlight');
    const [first] = await popupBrowser().scripting.executeScript({ target: { tabId }, func: highlightPage, args: [phrases] });
    return typeof first?.result === 'number' ? first.result : 0;
  },
  async loadHighlightSetting() {
    const stored = await popupBrowser().storage.local.get(HIGHLIGHT_SETTING_KEY);
    return stored[HIGHLIGHT_SETTING_KEY] === true;
  },
  async saveHighlightSetting(on) {
    await popupBrowser().storage.local.set({ [HIGHLIGHT_SETTING_KEY]: on });
  },
  openWatchlist() {
    void popupBrowser().runtime.openOptionsPage();
  },
  watchlist,
};
