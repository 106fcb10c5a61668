import { browser } from 'wxt/browser';
import { createReplySender } from '../../lib/send';
import type { PopupDeps, WatchlistPort } from '../../components/popup/ports';
import { markPhase } from './timings';

export const HIGHLIGHT_SETTING_KEY = 'settings:highlight';

const send = createReplySender((m) => browser.runtime.sendMessage(m));

/** `?tabId=N` lets a test (or the watchlist page) open the popup as a normal page for a given tab. */
export function tabIdFromUrl(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

async function resolveTabId(): Promise<number | null> {
  const fromUrl = tabIdFromUrl(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

async function readSelection(tabId: number): Promise<string> {
  const results = await browser.scripting.executeScript({
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
  async analyzeTab(tabId) {
    // Marks split the popup's answer time into its own start-up and the background's reading.
    markPhase('asked');
    try {
      return await send('analyzeTab', { tabId });
    } finally {
      markPhase('replied');
    }
  },
  async latestAnswer(tabId) {
    markPhase('heldAsked');
    try {
      return await send('latestAnswer', { tabId });
    } finally {
      markPhase('heldReplied');
    }
  },
  analyzeText: (text, source) => send('analyzeText', { text, source }),
  readSelection,
  async highlight(tabId, phrases) {
    // Injected afresh through the same grant that read the advert: the board script listens
    // for nothing, and the isolated world keeps the page's own scripts away from it.
    // Loaded when first asked for: most readers never highlight.
    const { highlightPage } = await import('../../lib/highlight');
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: highlightPage, args: [phrases] });
    return typeof first?.result === 'number' ? first.result : 0;
  },
  async loadHighlightSetting() {
    const stored = await browser.storage.local.get(HIGHLIGHT_SETTING_KEY);
    return stored[HIGHLIGHT_SETTING_KEY] === true;
  },
  async saveHighlightSetting(on) {
    await browser.storage.local.set({ [HIGHLIGHT_SETTING_KEY]: on });
  },
  openWatchlist() {
    void browser.runtime.openOptionsPage();
  },
  watchlist,
};
