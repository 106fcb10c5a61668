import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';

export type Sender = Runtime.MessageSender;

/** Only this extension's own pages and content scripts may talk to the background. */
export function isOwnSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** Messages a content script may send; everything else needs one of the extension's own pages. */
const CONTENT_SCRIPT_MESSAGES: ReadonlySet<string> = new Set(['postingChanged', 'pageChanged']);

/**
 * Content scripts share the extension's id but live in web pages, so they get the narrowest
 * rights: no message they may send reads or changes the watchlist, and where the browser
 * allows it (Chromium) storage is closed to them too (see closeStorageToContentScripts).
 */
export function isAllowedFrom(type: string, sender: Sender): boolean {
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
  return fromOwnPage || CONTENT_SCRIPT_MESSAGES.has(type);
}

type AccessLevelArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * The extension's content scripts never use storage, so a page that steered one could
 * otherwise read or rewrite every saved job. Chromium can restrict storage.local and
 * storage.sync to the extension's own pages; Firefox offers this for storage.session only, so
 * there the message rules above are the guard.
 */
export async function closeStorageToContentScripts(): Promise<number> {
  let closed = 0;
  for (const area of [browser.storage.local, browser.storage.sync] as AccessLevelArea[]) {
    if (typeof area.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      closed++;
    } catch {
      // Refused for this area (Firefox: only storage.session); the message rules still hold.
    }
  }
  return closed;
}
