import type { browser } from 'wxt/browser';

/** The parts of the extension API the popup calls; every one returns a promise in both browsers. */
export type PopupBrowser = Pick<typeof browser, 'runtime' | 'tabs' | 'scripting' | 'storage'>;

/**
 * The browser's own API object instead of webextension-polyfill: Chromium's MV3 `chrome`
 * returns promises for every call the popup makes, as Firefox's `browser` does, and the
 * polyfill was a third of the JavaScript the popup reads before it can answer. Looked up
 * when called, so tests' stand-ins are seen.
 */
export function popupBrowser(): PopupBrowser {
  const g = globalThis as unknown as { browser?: PopupBrowser; chrome?: PopupBrowser };
  return g.browser?.runtime?.id ? g.browser : (g.chrome as PopupBrowser);
}
