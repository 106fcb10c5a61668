import { browser } from 'wxt/browser';
import { PostingSchema, type Posting } from '@/lib/posting';
import { createSender } from '@/lib/messages';

export type TabRead =
  | { kind: 'posting'; posting: Posting }
  | { kind: 'none' }
  | { kind: 'restricted'; reason: string };

/**
 * Reads the advert in a tab: the board content script answers when it is there (it tracks
 * single-page navigation); anywhere else the reader is injected on demand through activeTab.
 */
export async function readTab(tabId: number): Promise<TabRead> {
  const fromContentScript = await askContentScript(tabId);
  if (fromContentScript !== undefined) {
    return fromContentScript ? { kind: 'posting', posting: fromContentScript } : { kind: 'none' };
  }
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/read-advert.js'] });
  } catch {
    return { kind: 'restricted', reason: 'The browser does not let extensions read this page.' };
  }
  const parsed = PostingSchema.safeParse(results[0]?.result);
  return parsed.success ? { kind: 'posting', posting: parsed.data } : { kind: 'none' };
}

/** undefined: no content script in the tab; null: it found no advert. */
async function askContentScript(tabId: number): Promise<Posting | null | undefined> {
  const send = createSender((message) => browser.tabs.sendMessage(tabId, message));
  try {
    const { posting } = await send('extractNow', {});
    return posting;
  } catch {
    return undefined;
  }
}
