import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabResult } from '../../lib/messages';

const held = vi.hoisted(() => ({ answer: null as TabResult | null, delayMs: 0, reportUnderWay: false }));
vi.mock('./analysis', () => ({
  boardReportUnderWay: () => held.reportUnderWay,
  heldAnswerFor: async () => {
    if (held.delayMs) await new Promise((r) => setTimeout(r, held.delayMs));
    return held.answer;
  },
}));

import { answerPopupPage, forgetPackagedPopup, popupPage, preparePopupPage } from './popup-page';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const PACKAGED = '<!DOCTYPE html><html><head><script src="/popup-ask.js"></script></head><body>\n    <div id="app"></div>\n    <script src="/popup-app.js"></script></body></html>';

const ANSWER: TabResult = {
  state: 'ok',
  posting: { title: 'PMO Analyst <img src=x onerror=alert(1)>', company: 'Northgate Water', location: 'Leeds', url: null, source: 'reed', text: 'PMO Analyst' },
  analysis: {
    isPmoRole: true,
    level: { id: 'analyst', confidence: 0.8, evidence: [] },
    offices: [{ id: 'programme', score: 2 }],
    skills: [],
    certificationsMentioned: [{ id: 'p3o-foundation', family: 'p3o', requirement: 'required', text: 'P3O Foundation' }],
    recommendations: [],
  } as unknown as Extract<TabResult, { state: 'ok' }>['analysis'],
};

function event(path: string, mode = 'navigate') {
  const responses: Promise<Response>[] = [];
  return { request: { url: `${ORIGIN}${path}`, mode } as Request, respondWith: (r: Promise<Response>) => void responses.push(r), responses };
}

beforeEach(() => {
  forgetPackagedPopup();
  held.answer = null;
  held.delayMs = 0;
  held.reportUnderWay = false;
  vi.stubGlobal('fetch', vi.fn(async () => new Response(PACKAGED)));
});
afterEach(() => vi.unstubAllGlobals());

describe('answerPopupPage', () => {
  it('answers only the popup page’s navigation', () => {
    for (const [path, mode] of [['/privacy.html', 'navigate'], ['/options.html', 'navigate'], ['/popup-app.js', 'no-cors'], ['/popup.html', 'no-cors'], ['/popup.html?sample=1', 'navigate']]) {
      const e = event(path!, mode);
      expect(answerPopupPage(e, ORIGIN), path).toBe(false);
      expect(e.responses).toHaveLength(0);
    }
    const e = event('/popup.html?tabId=3');
    expect(answerPopupPage(e, ORIGIN)).toBe(true);
    expect(e.responses).toHaveLength(1);
  });
});

describe('popupPage', () => {
  it('serves the packaged page with the held answer in it, escaped', async () => {
    held.answer = ANSWER;
    const html = await (await popupPage({ tabId: 3 })).text();
    expect(html).toContain('data-answer-with-page');
    expect(html).toContain('PMO Analyst &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('serves the packaged page as it is when no answer is held, or finding it is slow', async () => {
    expect(await (await popupPage({ tabId: 3 })).text()).toBe(PACKAGED);
    held.answer = ANSWER;
    held.delayMs = 200;
    expect(await (await popupPage({ tabId: 3 })).text()).toBe(PACKAGED);
  });

  it('waits for a board report being analysed, which the packaged popup would wait for too, but not for ever', async () => {
    held.answer = ANSWER;
    held.reportUnderWay = true;
    held.delayMs = 200;
    expect(await (await popupPage({ tabId: 3 })).text()).toContain('data-answer-with-page');
    held.delayMs = 900;
    expect(await (await popupPage({ tabId: 3 })).text()).toBe(PACKAGED);
  });

  it('reads the packaged page once, ahead of the first popup, and reads it again after a failed read', async () => {
    const reads = vi.fn(async () => new Response(PACKAGED));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new Error('not yet'))));
    preparePopupPage();
    await new Promise((resolve) => setTimeout(resolve, 0));
    vi.stubGlobal('fetch', reads);
    preparePopupPage();
    expect(reads).toHaveBeenCalledTimes(1);
    held.answer = ANSWER;
    expect(await (await popupPage({ tabId: 3 })).text()).toContain('data-answer-with-page');
    expect(await (await popupPage({ tabId: 4 })).text()).toContain('data-answer-with-page');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('never fails: an unreadable package still gives a page that loads the popup', async () => {
    held.answer = ANSWER;
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new Error('gone'))));
    const html = await (await popupPage({ tabId: 3 })).text();
    expect(html).toContain('<script src="/popup-app.js"></script>');
    expect(html).toContain('<div id="app"></div>');
  });
});
