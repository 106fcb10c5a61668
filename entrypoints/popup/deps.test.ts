// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EARLY_KEY, type EarlyOpening, type EarlyQuestion } from '../../lib/popup-early';
import { browserDeps, HIGHLIGHT_SETTING_KEY, tabIdFromUrl } from './deps';

describe('tabIdFromUrl', () => {
  it('reads a plain tab id from ?tabId=N', () => {
    expect(tabIdFromUrl('?tabId=12')).toBe(12);
    expect(tabIdFromUrl('?foo=1&tabId=0')).toBe(0);
  });

  it('ignores anything that is not a plain non-negative integer', () => {
    for (const search of ['', '?tabId=', '?tabId=-1', '?tabId=abc', '?tabId=1e3', '?tabId=12.5', '?tabId=99999999999']) {
      expect(tabIdFromUrl(search), search).toBeNull();
    }
  });
});

describe('highlight setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off until the reader turns it on, and is remembered under settings:highlight', async () => {
    expect(HIGHLIGHT_SETTING_KEY).toBe('settings:highlight');
    expect(await browserDeps.loadHighlightSetting()).toBe(false);
    await browserDeps.saveHighlightSetting(true);
    expect(await fakeBrowser.storage.local.get(HIGHLIGHT_SETTING_KEY)).toEqual({ [HIGHLIGHT_SETTING_KEY]: true });
    expect(await browserDeps.loadHighlightSetting()).toBe(true);
    await browserDeps.saveHighlightSetting(false);
    expect(await browserDeps.loadHighlightSetting()).toBe(false);
  });

  it('treats anything but true as off', async () => {
    await fakeBrowser.storage.local.set({ [HIGHLIGHT_SETTING_KEY]: 'yes' });
    expect(await browserDeps.loadHighlightSetting()).toBe(false);
  });
});

describe('questions the first script asked', () => {
  const question = (tabId: number, reply: unknown): EarlyQuestion => ({ tabId, asked: 5, replied: 9, reply: Promise.resolve(reply) });
  const held = { state: 'no-advert', reason: 'held' };
  const fresh = { state: 'no-advert', reason: 'fresh' };

  async function depsWith(opening: EarlyOpening) {
    vi.resetModules();
    (globalThis as Record<string, unknown>)[EARLY_KEY] = opening;
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return { state: 'no-advert', reason: 'asked again' };
    });
    const { browserDeps: deps } = await import('./deps');
    return { deps, sent };
  }
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[EARLY_KEY];
    vi.restoreAllMocks();
  });

  it('are taken up once instead of asked again, and a retry asks afresh', async () => {
    const { deps, sent } = await depsWith({ tabId: Promise.resolve(4), held: Promise.resolve(question(4, held)), fresh: Promise.resolve(question(4, fresh)) });
    expect(await deps.resolveTabId()).toBe(4);
    expect(await deps.latestAnswer!(4)).toEqual(held);
    expect(await deps.analyzeTab(4)).toEqual(fresh);
    expect(sent).toEqual([]);
    // The popup's phases are those of the first script's questions.
    expect(JSON.parse(document.documentElement.dataset.phases ?? '{}')).toMatchObject({ heldAsked: 5, heldReplied: 9, asked: 5, replied: 9 });
    expect(await deps.analyzeTab(4)).toEqual({ state: 'no-advert', reason: 'asked again' });
    expect(sent).toEqual([{ type: 'analyzeTab', data: { tabId: 4 } }]);
  });

  it("report a failure the background sent back as the popup's own request would", async () => {
    const { deps } = await depsWith({ tabId: Promise.resolve(4), held: Promise.resolve(null), fresh: Promise.resolve(question(4, { error: 'The tab is gone' })) });
    await expect(deps.analyzeTab(4)).rejects.toThrow('The tab is gone');
  });

  it('are taken up when asked in the same script after this module was loaded', async () => {
    vi.resetModules();
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return { state: 'no-advert', reason: 'asked again' };
    });
    const { browserDeps: deps } = await import('./deps');
    (globalThis as Record<string, unknown>)[EARLY_KEY] = { tabId: Promise.resolve(4), held: Promise.resolve(question(4, held)), fresh: Promise.resolve(question(4, fresh)) };
    expect(await deps.resolveTabId()).toBe(4);
    expect(await deps.latestAnswer!(4)).toEqual(held);
    expect(await deps.analyzeTab(4)).toEqual(fresh);
    expect(sent).toEqual([]);
  });

  it('are not used for another tab', async () => {
    const { deps, sent } = await depsWith({ tabId: Promise.resolve(4), held: Promise.resolve(question(4, held)), fresh: Promise.resolve(question(4, fresh)) });
    expect(await deps.analyzeTab(8)).toEqual({ state: 'no-advert', reason: 'asked again' });
    expect(sent).toEqual([{ type: 'analyzeTab', data: { tabId: 8 } }]);
  });
});
