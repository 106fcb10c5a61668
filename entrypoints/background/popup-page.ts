import { browser } from 'wxt/browser';
import type { TabResult } from '../../lib/messages';
import { POPUP_SCRIPT } from '../../lib/popup-page/marker';
import { answerMarkup } from '../../lib/popup-page/markup';
import { popupPageWithAnswer } from '../../lib/popup-page/page';
import { popupPageRequest, type PopupPageRequest } from '../../lib/popup-page/request';
import { boardReportUnderWay, heldAnswerFor } from './analysis';
import { debugLog } from './debug-log';

/**
 * Chromium's extension service worker sees every request for the extension's own files. For the
 * popup's page it answers with popup.html carrying the answer it already holds for the tab, so
 * the reader sees it with the page's first paint rather than after the popup's script has been
 * fetched and run. Every other request, and the popup when no answer is held or finding it is
 * slow, gets the packaged file exactly as without this.
 */

/** Longer than this to find a held answer, and the popup opens as packaged: waiting would cost more than it saves. */
const HELD_ANSWER_DEADLINE_MS = 40;

/**
 * While the board script's report for the tab is being analysed (the page has just loaded, or
 * the worker has just started), the popup as packaged would wait for that same report before it
 * could show anything, and would also have to fetch and run its script first: so the page waits
 * for the report, up to this long.
 */
const REPORT_DEADLINE_MS = 400;

/** The last resort should even the packaged page not be readable: the popup's scripts with nothing else. */
const BARE_POPUP =
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>PMO Pathfinder</title></head><body><div id="app"></div><script src="/popup-ask.js"></script><script src="${POPUP_SCRIPT}"></script></body></html>`;

interface FetchEvent extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface InstallEvent extends Event {
  addRoutes?(rules: unknown): Promise<void>;
}

const worker = globalThis as unknown as { location: Location; addEventListener(type: string, listener: (event: Event) => void): void };

/**
 * Rules the browser applies before the worker (Chromium's static routing): while the worker is
 * stopped, every request goes straight to the package, so no page waits for the worker to start
 * (the popup then opens as packaged); and every request but the popup page's navigation always
 * does. Where routing is missing, the listener below returns at once for those requests.
 */
function routes(): unknown[] | null {
  const Pattern = (globalThis as { URLPattern?: new (init: { pathname: string }) => unknown }).URLPattern;
  if (!Pattern) return null;
  return [
    { condition: { runningStatus: 'not-running' }, source: 'network' },
    { condition: { not: { requestMode: 'navigate', urlPattern: new Pattern({ pathname: '/popup.html' }) } }, source: 'network' },
  ];
}

export function registerPopupPage(): void {
  // Only a service worker sees the extension's requests; Firefox's background page is left as it is.
  const scope = (globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown }).ServiceWorkerGlobalScope;
  if (!scope || !(globalThis instanceof scope)) return;
  worker.addEventListener('install', (event) => {
    try {
      const rules = routes();
      if (rules) void (event as InstallEvent).addRoutes?.(rules).catch(() => undefined);
    } catch {
      // Without the routes every request still reaches the listener below, which returns at once.
    }
  });
  worker.addEventListener('fetch', (event) => answerPopupPage(event as FetchEvent, worker.location.origin));
  preparePopupPage();
}

/**
 * Reads the packaged page as the worker starts: a worker started by a board's advert is often
 * asked for the popup next, and the read would otherwise come out of that first popup's time.
 */
export function preparePopupPage(): void {
  packagedPopup().catch(() => undefined);
}

/** Answers the request when it is the popup page's navigation; says whether it did. */
export function answerPopupPage(event: Pick<FetchEvent, 'request' | 'respondWith'>, origin: string): boolean {
  const wanted = popupPageRequest(event.request, origin);
  if (wanted) event.respondWith(popupPage(wanted));
  return wanted !== null;
}

/** A file of the extension's own package: read from the package, never from the network. */
async function packagedFile(path: '/popup.html'): Promise<string> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

let template: Promise<string> | null = null;

/** Forgets the packaged page read so far (tests read it afresh). */
export function forgetPackagedPopup(): void {
  template = null;
}

/** The packaged popup.html, read once per worker. */
function packagedPopup(): Promise<string> {
  template ??= packagedFile('/popup.html')
    .catch((err: unknown) => {
      template = null;
      throw err;
    });
  return template;
}

/** Never rejects: whatever fails, the reader gets the packaged popup. */
export async function popupPage(wanted: PopupPageRequest): Promise<Response> {
  let page: string;
  try {
    const [html, held] = await Promise.all([packagedPopup(), heldAnswer(wanted)]);
    const markup = held ? answerMarkup(held, new Date().toISOString().slice(0, 10)) : null;
    page = (markup && popupPageWithAnswer(html, markup)) ?? html;
    debugLog.count(page === html ? 'popup page: as packaged' : 'popup page: with the answer');
  } catch {
    page = await packagedFile('/popup.html').catch(() => BARE_POPUP);
  }
  return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'self'; object-src 'self'" } });
}

/** The held answer for the popup's tab, or null when there is none or finding it takes too long. */
async function heldAnswer(wanted: PopupPageRequest): Promise<TabResult | null> {
  const started = performance.now();
  const tabId = wanted.tabId ?? (await withinDeadline(activeTab(), HELD_ANSWER_DEADLINE_MS));
  if (tabId === null || tabId === TOO_SLOW) return null;
  const deadline = boardReportUnderWay(tabId) ? REPORT_DEADLINE_MS : HELD_ANSWER_DEADLINE_MS;
  // The answer the popup itself is given first; what is read back from storage is validated against the message protocol.
  const held = await withinDeadline(heldAnswerFor(tabId), Math.max(0, deadline - (performance.now() - started)));
  if (held === TOO_SLOW) debugLog.count('popup page: held answer too slow');
  return held === TOO_SLOW ? null : held;
}

/** The toolbar popup belongs to the active tab of the window it opens in, the last focused one. */
async function activeTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

const TOO_SLOW = Symbol('too slow');

function withinDeadline<T>(work: Promise<T | null>, ms: number): Promise<T | null | typeof TOO_SLOW> {
  return Promise.race([work.catch(() => null), new Promise<typeof TOO_SLOW>((resolve) => setTimeout(() => resolve(TOO_SLOW), ms))]);
}
