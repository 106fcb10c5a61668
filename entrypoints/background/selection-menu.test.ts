import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readerProfile } from './analysis';
import { registerSelectionMenu, takePendingSelection } from './selection-menu';
import { watchlistHandlers } from './watchlist';
import { rememberAnswer } from './tab-answers';
import { heldAnswerKey } from '../../lib/popup-early';
import { analystAnalysis, analystPosting } from '../../tests/popup/fixtures';
import { toProfile } from '../../lib/analysis';

type ClickListener = (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) => void;

/** The fake browser has no context menus: this stands in for them and keeps the click listener. */
function fakeContextMenus() {
  const menus: { listener: ClickListener | null; created: unknown[] } = { listener: null, created: [] };
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: async () => undefined,
      create: (item: unknown) => menus.created.push(item),
      onClicked: { addListener: (fn: ClickListener) => (menus.listener = fn) },
    },
  });
  return menus;
}

const advert = `PMO Analyst

Support the portfolio office of a housing association: keep the RAID log, build the monthly
portfolio dashboard and check project plans against the stage-gate process.
Essential: P3O Foundation.`;

describe('"Analyse selected text" menu', () => {
  beforeEach(() => fakeBrowser.reset());

  it('analyses the selection with the reader profile, so a held certificate shows as held', async () => {
    const menus = fakeContextMenus();
    await watchlistHandlers.setProfile!(toProfile({ held: ['p3o-practitioner'] }), {});
    registerSelectionMenu({ getProfile: readerProfile });
    const click = menus.listener!;
    click({ menuItemId: 'analyze-selection', selectionText: advert }, { id: 31 });

    const result = await takePendingSelection(31);
    if (result?.state !== 'ok') throw new Error(`expected an analysis, got ${JSON.stringify(result)}`);
    const named = result.analysis.certificationsMentioned.find((c) => c.id === 'p3o-foundation');
    expect(named?.held).toBe(true);
    expect(result.analysis.recommendations.find((r) => r.id === 'p3o-foundation')?.held).toBe(true);
    expect((await fakeBrowser.action.getBadgeText({ tabId: 31 })).length).toBe(1);
    // Taken once: a second popup reads the tab afresh.
    expect(await takePendingSelection(31)).toBeNull();
  });

  it("drops the page's held answer as the popup opens, so the popup shows the selection's, not the page's", async () => {
    const menus = fakeContextMenus();
    registerSelectionMenu({ getProfile: readerProfile });
    await rememberAnswer(34, { state: 'ok', posting: analystPosting(), analysis: analystAnalysis() });
    expect(await fakeBrowser.storage.session.get(heldAnswerKey(34))).not.toEqual({});
    menus.listener!({ menuItemId: 'analyze-selection', selectionText: advert }, { id: 34 });
    expect(await fakeBrowser.storage.session.get(heldAnswerKey(34))).toEqual({});
    expect((await takePendingSelection(34))?.state).toBe('ok');
  });

  it('ignores clicks on other menus and clicks without a tab', async () => {
    const menus = fakeContextMenus();
    registerSelectionMenu({ getProfile: readerProfile });
    menus.listener!({ menuItemId: 'something-else', selectionText: advert }, { id: 32 });
    menus.listener!({ menuItemId: 'analyze-selection', selectionText: advert }, {});
    expect(await takePendingSelection(32)).toBeNull();
  });

  it('answers an empty selection with the no-advert state', async () => {
    const menus = fakeContextMenus();
    registerSelectionMenu({ getProfile: readerProfile });
    menus.listener!({ menuItemId: 'analyze-selection', selectionText: '   ' }, { id: 33 });
    expect(await takePendingSelection(33)).toEqual({ state: 'no-advert', reason: 'There is no text to analyse.' });
  });
});
