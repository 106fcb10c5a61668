// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, createSender } from '../../lib/messages';
import { KEPT_CV_KEY, PROFILE_SYNC_STATUS_KEY } from '../../lib/watchlist/schema';
import { SYNC_PROFILE_KEY } from '../../lib/watchlist/profile-sync';
import { watchKey, wxtArea } from '../shared/storage-area';
import type { WatchlistClient } from '../../components/watchlist/client';
import { watchlistHandlers } from '../background/watchlist';
import type { Sender } from '../background/sender';
import { App } from './App';
import { until } from '../../tests/ui/until';

const router = createRouter(watchlistHandlers, { isTrusted: () => true });
const send = createSender((m) => router(m, { id: 'own' } as Sender) ?? Promise.resolve(undefined));

/** Written for this test: a name and address that must never be stored unless asked. */
const CV = `Robin Testfield, 4 Orchard Lane
PMO Analyst, 2020 to date.
Certifications: PRINCE2 Practitioner, P3O Foundation. SC cleared.
Daily tools: Power BI and Microsoft Project.`;

let root: HTMLElement | null = null;

function client(): WatchlistClient {
  return { area: wxtArea('local'), watch: (key, cb) => watchKey('local', key, cb), send, download: () => undefined };
}

async function mount() {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(<App client={client()} />, root!);
  });
}

const $ = <T extends Element = HTMLElement>(sel: string) => root!.querySelector(sel) as T | null;
const button = (text: string) => [...root!.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(text)) as HTMLButtonElement | undefined;
const everythingStored = async () => JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null)]);

async function readPasted(text: string, keep: boolean) {
  if (keep) await act(() => $<HTMLInputElement>('#wl-cv-keep')!.click());
  const area = $<HTMLTextAreaElement>('#wl-cv-text')!;
  await act(() => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => button('Read pasted text')!.click());
  await until(() => root!.querySelectorAll('[data-testid="cv-finding"]').length > 0, 'findings');
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

describe('profile page: CV text kept only on request', () => {
  it('off by default: the findings are added and nothing of the CV text is stored anywhere', async () => {
    await mount();
    await until(() => $('#wl-cv-keep') !== null, 'the CV reader');
    expect($<HTMLInputElement>('#wl-cv-keep')!.checked).toBe(false);
    await readPasted(CV, false);
    await act(() => $<HTMLButtonElement>('[data-testid="cv-confirm"]')!.click());
    await until(() => root!.textContent!.includes('The CV text was not kept.'), 'added');
    expect((await send('getProfile', {})).held).toContain('prince2-practitioner');
    const stored = await everythingStored();
    expect(stored).not.toMatch(/Robin|Orchard Lane|Testfield/);
    expect(stored).not.toContain(KEPT_CV_KEY);
    expect($('[data-testid="cv-kept"]')).toBeNull();
  }, 60_000);

  it('on request: kept under its own key, shown, read again, and forgotten', async () => {
    await mount();
    await until(() => $('#wl-cv-keep') !== null, 'the CV reader');
    await readPasted(CV, true);
    await until(() => $('[data-testid="cv-kept"]') !== null, 'the kept CV shown');
    const kept = (await fakeBrowser.storage.local.get(KEPT_CV_KEY))[KEPT_CV_KEY] as { text: string; from: string };
    expect(kept).toMatchObject({ text: CV, from: 'the pasted text' });
    expect($('[data-testid="cv-kept"] pre')!.textContent).toBe(CV);
    expect(root!.textContent).toContain('Its text is kept on this computer, never synced.');
    await act(() => $<HTMLButtonElement>('[data-testid="cv-confirm"]')!.click());
    await until(() => root!.textContent!.includes('The CV text is kept on this computer'), 'added');

    // Read again from the kept text: the same findings, now already in the profile.
    await act(() => $<HTMLButtonElement>('[data-testid="cv-reread"]')!.click());
    await until(() => root!.textContent!.includes('Found in the kept CV (the pasted text)'), 'read again');
    expect(root!.textContent).toContain('PRINCE2 Practitioner');
    expect(root!.textContent).toContain('already in your profile');

    await act(() => $<HTMLButtonElement>('[data-testid="cv-forget"]')!.click());
    await until(() => $('[data-testid="cv-kept"]') === null, 'forgotten');
    expect(root!.textContent).toContain('The kept CV was forgotten');
    expect(await everythingStored()).not.toMatch(/Robin|Orchard Lane/);
  }, 60_000);

  it('a CV too long to keep is still read, with a clear reason it was not kept', async () => {
    await mount();
    await until(() => $('#wl-cv-keep') !== null, 'the CV reader');
    await readPasted(`${CV}\n${'Managed the portfolio office reporting cycle for eight programmes. '.repeat(1600)}`, true);
    await until(() => root!.textContent!.includes('This CV is too long to keep'), 'the reason');
    expect(root!.querySelector('[role="alert"]')!.textContent).toMatch(/up to 100,000 can be kept\)\. It was read, but its text was not kept\./);
    expect(await everythingStored()).not.toContain('Orchard Lane');
  }, 60_000);

  it('a damaged kept CV is reported, not shown, and can be forgotten', async () => {
    await fakeBrowser.storage.local.set({ [KEPT_CV_KEY]: { v: 1, text: ['not', 'text'], from: 'cv.pdf', at: 'soon' } });
    await mount();
    await until(() => root!.textContent!.includes('The CV kept on this computer could not be read'), 'the problem');
    expect($('[data-testid="cv-kept"]')).toBeNull();
    await act(() => $<HTMLButtonElement>('[data-testid="cv-forget"]')!.click());
    await until(() => !root!.textContent!.includes('could not be read'), 'forgotten');
    expect((await fakeBrowser.storage.local.get(KEPT_CV_KEY))[KEPT_CV_KEY]).toBeUndefined();
  }, 60_000);
});

describe('profile page: what is synced', () => {
  it('says the profile stays here while sync is off, and that it is synced (never CV text) once on', async () => {
    await send('setProfile', { held: ['p3o-foundation'], targetLevel: 'analyst' });
    await mount();
    await until(() => $('[data-testid="profile-sync"]') !== null && !root!.textContent!.includes('Loading your saved jobs'), 'the page');
    expect($('[data-testid="profile-sync"]')!.textContent).toContain('Stored in this browser only');
    await send('watchlistSetSync', { enabled: true });
    await until(() => $('[data-testid="profile-sync"]')!.textContent!.includes('Synced with your watchlist'), 'sync wording');
    expect($('[data-testid="profile-sync"]')!.textContent).toContain('never any CV text');
    expect((await fakeBrowser.storage.sync.get(SYNC_PROFILE_KEY))[SYNC_PROFILE_KEY]).toBeTruthy();

    // A synced copy that does not read: the page says so and the profile is unchanged.
    await fakeBrowser.storage.sync.set({ [SYNC_PROFILE_KEY]: { v: 1, at: '2030-01-01T00:00:00.000Z', n: 2, sum: 'x' } });
    await send('watchlistSyncNow', {});
    await until(() => root!.textContent!.includes('could not be read (part 2 of 2 is missing)'), 'the sync problem');
    expect((await fakeBrowser.storage.local.get(PROFILE_SYNC_STATUS_KEY))[PROFILE_SYNC_STATUS_KEY]).toMatchObject({ state: 'unreadable' });
    expect(await send('getProfile', {})).toMatchObject({ held: ['p3o-foundation'], targetLevel: 'analyst' });
  }, 60_000);
});
