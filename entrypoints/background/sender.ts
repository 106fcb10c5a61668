import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';

export type Sender = Runtime.MessageSender;

/** Only this extension's own pages and content scripts may talk to the background. */
export function isOwnSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}
