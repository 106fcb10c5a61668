import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analysis } from '../../lib/analysis';
import type { TabRead } from './read-tab';

const readTab = vi.fn<(tabId: number) => Promise<TabRead>>();
const showLevelBadge = vi.fn<(tabId: number, analysis: Analysis | null) => Promise<void>>(async () => undefined);
vi.mock('./read-tab', () => ({ readTab: (tabId: number) => readTab(tabId) }));
vi.mock('./badge', () => ({ showLevelBadge: (tabId: number, a: Analysis | null) => showLevelBadge(tabId, a) }));

const { pageHandlers } = await import('./page-changed');
const { analysisHandlers } = await import('./analysis');

const advert = `PMO Director

Lead the enterprise portfolio office of a national infrastructure group and chair the portfolio board.
• Set the portfolio governance framework and the investment committee's reporting
• Lead the heads of the programme offices
Essential: MoP Practitioner.`;

const posting = { title: 'PMO Director', company: 'Kingsbridge Ports', location: null, url: 'https://www.reed.co.uk/jobs/pmo-director/50001', source: 'reed', text: advert };
const fromTab = (frameId = 0) => ({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId }) as never;

describe('pageChanged from the board content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    readTab.mockReset();
    showLevelBadge.mockClear();
  });

  it('reads the tab with the full reader and sets the badge from its analysis', async () => {
    readTab.mockResolvedValue({ kind: 'posting', posting });
    expect(await pageHandlers.pageChanged!({}, fromTab())).toEqual({ ok: true });
    expect(readTab).toHaveBeenCalledWith(7);
    expect(showLevelBadge).toHaveBeenCalledTimes(1);
    expect(showLevelBadge.mock.calls[0]![1]?.level.id).toBe('director');
  });

  it('clears the badge when the tab no longer shows an advert', async () => {
    readTab.mockResolvedValue({ kind: 'none' });
    await pageHandlers.pageChanged!({}, fromTab());
    expect(showLevelBadge).toHaveBeenCalledWith(7, null);
  });

  it('ignores a message from a frame inside the page', async () => {
    await pageHandlers.pageChanged!({}, fromTab(3));
    expect(readTab).not.toHaveBeenCalled();
    expect(showLevelBadge).not.toHaveBeenCalled();
  });
  it("gives a popup that opens during the board script's report that report's answer, without reading the tab twice", async () => {
    let release!: () => void;
    readTab.mockImplementation(() => new Promise((resolve) => (release = () => resolve({ kind: 'posting', posting }))));
    const report = pageHandlers.pageChanged!({}, fromTab());
    const popup = analysisHandlers.analyzeTab!({ tabId: 7 }, {} as never);
    release();
    await report;
    const answer = await popup;
    expect(readTab).toHaveBeenCalledTimes(1);
    expect(answer.state === 'ok' && answer.analysis.level.id).toBe('director');
  });

  it('lets the popup read the tab itself when the report found no advert', async () => {
    readTab.mockResolvedValueOnce({ kind: 'none' }).mockResolvedValueOnce({ kind: 'posting', posting });
    const report = pageHandlers.pageChanged!({}, fromTab());
    const popup = analysisHandlers.analyzeTab!({ tabId: 7 }, {} as never);
    await report;
    expect((await popup).state).toBe('ok');
    expect(readTab).toHaveBeenCalledTimes(2);
  });
});
