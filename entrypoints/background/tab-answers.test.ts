import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { postingFromText } from '../../lib/posting';
import { analysisHandlers } from './analysis';
import { onSelectionClicked } from './selection-menu';
import { latestAnswer, registerAnswerCleanup, rememberAnswer } from './tab-answers';

const advert = `PMO Analyst

Support the portfolio office: keep the RAID log, produce the monthly highlight report and
maintain the portfolio plan. Essential: P3O Foundation.`;
const posting = { ...postingFromText(advert), url: 'https://www.reed.co.uk/jobs/pmo-analyst/4102', source: 'reed' };
const fromBoard = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } }) as never;
const ask = (tabId: number) => analysisHandlers.latestAnswer!({ tabId }, fromBoard(tabId));

describe('the answer held for each tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    registerAnswerCleanup();
  });

  it('is the analysis of the advert the board script reported, ready before the popup asks', async () => {
    await analysisHandlers.postingChanged!({ posting }, fromBoard(21));
    const held = await ask(21);
    expect(held?.state).toBe('ok');
    if (held?.state !== 'ok') throw new Error('expected an answer');
    expect(held.posting.url).toBe(posting.url);
    expect(held.analysis.level.id).toBe('analyst');
    expect(held.analysis.certificationsMentioned.map((c) => c.family)).toContain('p3o');
    // Another tab has nothing held.
    expect(await ask(22)).toBeNull();
  });

  it('is checked as it is kept: an answer that does not hold to the protocol is not held', async () => {
    await analysisHandlers.postingChanged!({ posting }, fromBoard(24));
    const good = await ask(24);
    if (good?.state !== 'ok') throw new Error('expected an answer');
    await rememberAnswer(24, { ...good, analysis: { ...good.analysis, level: { ...good.analysis.level, id: 'chief' } } } as never);
    expect(await ask(24)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('asked while the board script\'s report is still being read, waits for it rather than answering nothing', async () => {
    const reported = analysisHandlers.postingChanged!({ posting }, fromBoard(25));
    const held = await ask(25);
    expect(held?.state).toBe('ok');
    await reported;
  });

  it('is forgotten when the board script finds no advert any more', async () => {
    await analysisHandlers.postingChanged!({ posting }, fromBoard(23));
    await analysisHandlers.postingChanged!({ posting: null }, fromBoard(23));
    expect(await ask(23)).toBeNull();
  });

  it('is forgotten when the tab closes or loads another page', async () => {
    await analysisHandlers.postingChanged!({ posting }, fromBoard(24));
    await analysisHandlers.postingChanged!({ posting }, fromBoard(25));
    await fakeBrowser.tabs.onRemoved.trigger(24, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(25, { status: 'loading' }, { id: 25 } as never);
    await new Promise((r) => setTimeout(r, 0));
    expect(await ask(24)).toBeNull();
    expect(await ask(25)).toBeNull();
  });

  it('outlives a stopped worker through session storage, and a damaged stored one is ignored', async () => {
    await analysisHandlers.postingChanged!({ posting }, fromBoard(26));
    const stored = await fakeBrowser.storage.session.get('tab-answer:26');
    await fakeBrowser.storage.session.set({ 'tab-answer:27': stored['tab-answer:26'], 'tab-answer:28': { state: 'ok', posting: 'not a posting' } });
    expect((await latestAnswer(27))?.state).toBe('ok');
    expect(await latestAnswer(28)).toBeNull();
  });

  it('is not offered while a selection from the context menu waits for the popup', async () => {
    await analysisHandlers.postingChanged!({ posting }, fromBoard(29));
    await onSelectionClicked({ menuItemId: 'analyze-selection', selectionText: advert }, { id: 29 } as never, {
      getProfile: async () => undefined,
      openPopup: async () => undefined,
    });
    expect(await ask(29)).toBeNull();
    const answer = await analysisHandlers.analyzeTab!({ tabId: 29 }, fromBoard(29));
    expect(answer.state === 'ok' && answer.posting.source).toBe('selection');
  });
});
