import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
