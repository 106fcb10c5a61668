import { browser } from 'wxt/browser';
import { TabResultSchema, type TabResult } from '../../lib/messages';
import { heldAnswerKey as key } from '../../lib/popup-early';

/**
 * The latest answer for the advert in each tab, so the popup can show it the moment it opens
 * and then confirm it with a fresh read. Kept in memory, and in storage.session where the
 * browser has it, since a Chromium service worker is stopped when idle; it goes when the tab
 * closes or loads another page. The popup's first script reads the stored copy itself
 * (lib/popup-early.ts), so only answers that passed the protocol's schema are stored.
 */
const memory = new Map<number, TabResult>();
const session = (browser.storage as { session?: typeof browser.storage.local }).session;

export async function rememberAnswer(tabId: number, result: TabResult): Promise<void> {
  if (result.state !== 'ok') return forgetAnswer(tabId);
  // The timings belong to the read that made the answer, not to a later showing of it.
  const { timings: _timings, ...kept } = result;
  // Checked as it is kept, as every stored value is: this also readies the answer's schema in a
  // freshly started worker before a popup asks, rather than while the popup waits for its reply.
  const checked = TabResultSchema.safeParse(kept);
  if (!checked.success) return forgetAnswer(tabId);
  memory.set(tabId, checked.data);
  await session?.set({ [key(tabId)]: checked.data }).catch(() => undefined);
}

export async function forgetAnswer(tabId: number): Promise<void> {
  memory.delete(tabId);
  await session?.remove(key(tabId)).catch(() => undefined);
}

export async function latestAnswer(tabId: number): Promise<TabResult | null> {
  const held = memory.get(tabId);
  if (held) return held;
  if (!session) return null;
  try {
    const stored = (await session.get(key(tabId)))[key(tabId)];
    if (stored === undefined) return null;
    const parsed = TabResultSchema.safeParse(stored);
    if (!parsed.success) {
      await forgetAnswer(tabId);
      return null;
    }
    memory.set(tabId, parsed.data);
    return parsed.data;
  } catch {
    return null;
  }
}

/** A tab's answer belongs to the page it was read from. */
export function registerAnswerCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetAnswer(tabId));
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void forgetAnswer(tabId);
  });
}
