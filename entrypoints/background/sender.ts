import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';

export type Sender = Runtime.MessageSender;

/** Only this extension's own pages and content scripts may talk to the background. */
export function isOwnSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** Messages a content script may send; everything else needs one of the extension's own pages. */
const CONTENT_SCRIPT_MESSAGES: ReadonlySet<string> = new Set(['postingChanged']);

/**
 * Content scripts share the extension's id but live in web pages, so they get the narrowest
 * rights: even a page that somehow steered one could not read or change the watchlist.
 */
export function isAllowedFrom(type: string, sender: Sender): boolean {
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
  return fromOwnPage || CONTENT_SCRIPT_MESSAGES.has(type);
}
