import { tabIdFromUrl } from '../popup-early';

/** A request for the popup's page: the tab named in its address, or null for the active tab (the toolbar popup). */
export interface PopupPageRequest {
  tabId: number | null;
}

/**
 * Which requests the background answers with the popup's page itself: only the navigation to
 * the extension's own popup.html, and not the welcome page's sample, which shows no tab's
 * answer. Everything else (the popup's scripts, the watchlist, any other page) is left to the
 * browser as if no one had looked.
 */
export function popupPageRequest(request: { url: string; mode: string }, origin: string): PopupPageRequest | null {
  if (request.mode !== 'navigate') return null;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return null;
  }
  // Compared by scheme and host: URL's `origin` is opaque for an extension's scheme outside the browser.
  if (`${url.protocol}//${url.host}` !== origin || url.pathname !== '/popup.html') return null;
  const params = new URLSearchParams(url.search);
  if (params.get('sample') === '1') return null;
  // An address with a tab that is not a plain number names no tab: left to the popup to explain.
  if (params.has('tabId')) {
    const tabId = tabIdFromUrl(url.search);
    return tabId === null ? null : { tabId };
  }
  return { tabId: null };
}
