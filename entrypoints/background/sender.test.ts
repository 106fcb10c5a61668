import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeStorageToContentScripts, isAllowedFrom, type Sender } from './sender';

type WithAccess = { setAccessLevel?: unknown };

afterEach(() => {
  delete (fakeBrowser.storage.local as WithAccess).setAccessLevel;
  delete (fakeBrowser.storage.sync as WithAccess).setAccessLevel;
});

describe('content scripts and storage', () => {
  it('closes storage.local and storage.sync to content scripts where the browser can', async () => {
    const local = vi.fn(async () => undefined);
    const sync = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: local });
    Object.assign(fakeBrowser.storage.sync, { setAccessLevel: sync });
    expect(await closeStorageToContentScripts()).toBe(2);
    expect(local).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(sync).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('goes on where the browser has no such setting or refuses it', async () => {
    expect(await closeStorageToContentScripts()).toBe(0);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: vi.fn(async () => Promise.reject(new Error('only for storage.session'))) });
    expect(await closeStorageToContentScripts()).toBe(0);
  });

  it('lets a content script send only the advert-changed messages', () => {
    const fromPage = { id: fakeBrowser.runtime.id, url: 'https://www.reed.co.uk/jobs/1' } as Sender;
    expect(isAllowedFrom('postingChanged', fromPage)).toBe(true);
    expect(isAllowedFrom('pageChanged', fromPage)).toBe(true);
    expect(isAllowedFrom('analyzeTab', fromPage)).toBe(false);
    expect(isAllowedFrom('watchlistList', fromPage)).toBe(false);
    expect(isAllowedFrom('watchlistImportBatch', fromPage)).toBe(false);
  });
});
