import { describe, expect, it } from 'vitest';
import { popupPageRequest } from './request';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const nav = (path: string, mode = 'navigate') => popupPageRequest({ url: `${ORIGIN}${path}`, mode }, ORIGIN);

describe('popupPageRequest', () => {
  it('answers the toolbar popup (the active tab) and the popup opened for a given tab', () => {
    expect(nav('/popup.html')).toEqual({ tabId: null });
    expect(nav('/popup.html?tabId=42')).toEqual({ tabId: 42 });
  });

  it('leaves every other request of the extension alone', () => {
    for (const path of ['/privacy.html', '/options.html', '/options.html?welcome=1', '/popup-app.js', '/popup-ask.js', '/chunks/theme.js', '/popup.htm', '/popup.html/x']) {
      expect(nav(path), path).toBeNull();
    }
    expect(nav('/popup.html', 'no-cors')).toBeNull();
    expect(nav('/popup.html', 'same-origin')).toBeNull();
    expect(nav('/popup.html', 'cors')).toBeNull();
  });

  it('leaves the welcome page’s sample and a malformed tab to the popup', () => {
    expect(nav('/popup.html?sample=1')).toBeNull();
    expect(nav('/popup.html?tabId=abc')).toBeNull();
    expect(nav('/popup.html?tabId=-1')).toBeNull();
  });

  it('answers only for its own extension', () => {
    expect(popupPageRequest({ url: 'chrome-extension://otherotherotherotherotherother/popup.html', mode: 'navigate' }, ORIGIN)).toBeNull();
    expect(popupPageRequest({ url: 'https://example.com/popup.html', mode: 'navigate' }, ORIGIN)).toBeNull();
    expect(popupPageRequest({ url: 'not a url', mode: 'navigate' }, ORIGIN)).toBeNull();
  });
});
