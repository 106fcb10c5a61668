// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { TabResult } from '../../lib/messages';
import { analystAnalysis, analystPosting } from '../../tests/popup/fixtures';
import { byTestId, fakeDeps, mount, settle, unmount } from '../../tests/popup/render';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) unmount(root);
  root = null;
});

const ok = (posting = analystPosting()): TabResult => ({ state: 'ok', posting, analysis: analystAnalysis() });
const managerAdvert = analystPosting({ title: 'Portfolio Office Manager', jobId: '4472', url: 'https://www.example-board.co.uk/jobs/4472' });

/** A promise the test settles when it chooses. */
function later<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const title = () => root?.querySelector('h1')?.textContent ?? null;

describe('the answer the background already holds', () => {
  it('is shown before the fresh read comes back, and stays when the read agrees', async () => {
    const fresh = later<TabResult>();
    const onAnswer = vi.fn();
    const onConfirmed = vi.fn();
    const deps = fakeDeps(() => fresh.promise, { latestAnswer: vi.fn(async () => ok()), onAnswer, onConfirmed });
    root = await mount(deps);
    expect(deps.latestAnswer).toHaveBeenCalledWith(7);
    expect(deps.analyzeTab).toHaveBeenCalledWith(7);
    expect(title()).toBe('PMO Analyst – Digital Transformation Programme');
    expect(onAnswer).toHaveBeenCalledWith('result', true);
    const shown = byTestId(root, 'level')[0];

    fresh.resolve({ ...ok(), timings: { injectMs: 12, readMs: 3, analyzeMs: 2 } } as TabResult);
    await settle();
    expect(onConfirmed).toHaveBeenCalledWith(expect.objectContaining({ state: 'ok' }), false);
    // The same elements: nothing was rendered again.
    expect(byTestId(root, 'level')[0]).toBe(shown);
    expect(onAnswer).toHaveBeenCalledTimes(1);
  });

  it('gives way to the fresh read when the advert on screen has changed', async () => {
    const fresh = later<TabResult>();
    const onConfirmed = vi.fn();
    root = await mount(fakeDeps(() => fresh.promise, { latestAnswer: vi.fn(async () => ok()), onConfirmed }));
    expect(title()).toBe('PMO Analyst – Digital Transformation Programme');
    fresh.resolve(ok(managerAdvert));
    await settle();
    expect(title()).toBe('Portfolio Office Manager');
    expect(onConfirmed).toHaveBeenCalledWith(expect.anything(), true);
  });

  it('gives way when the page no longer has an advert', async () => {
    const fresh = later<TabResult>();
    root = await mount(fakeDeps(() => fresh.promise, { latestAnswer: vi.fn(async () => ok()) }));
    fresh.resolve({ state: 'no-advert', reason: 'No job advert was found on this page.' });
    await settle();
    expect(byTestId(root, 'not-a-job')).toHaveLength(1);
  });

  it('stays on screen when only its confirmation fails', async () => {
    const fresh = later<TabResult>();
    root = await mount(fakeDeps(() => fresh.promise, { latestAnswer: vi.fn(async () => ok()) }));
    fresh.reject(new Error('The tab was closed'));
    await settle();
    expect(title()).toBe('PMO Analyst – Digital Transformation Programme');
  });

  it('is not shown when the fresh read comes back first', async () => {
    const held = later<TabResult | null>();
    const onAnswer = vi.fn();
    root = await mount(fakeDeps(ok(managerAdvert), { latestAnswer: vi.fn(() => held.promise), onAnswer }));
    expect(title()).toBe('Portfolio Office Manager');
    held.resolve(ok());
    await settle();
    expect(title()).toBe('Portfolio Office Manager');
    expect(onAnswer).toHaveBeenCalledWith('result', false);
  });

  it('is not asked for again by a retry, which reads afresh', async () => {
    let calls = 0;
    const deps = fakeDeps(async () => {
      calls++;
      if (calls === 1) throw new Error('Could not establish connection');
      return ok(managerAdvert);
    }, { latestAnswer: vi.fn(async () => null) });
    root = await mount(deps);
    const retry = root.querySelector<HTMLButtonElement>('.state-error button');
    expect(retry).not.toBeNull();
    await act(() => retry!.click());
    await settle();
    expect(deps.analyzeTab).toHaveBeenCalledTimes(2);
    expect(title()).toBe('Portfolio Office Manager');
  });
});
