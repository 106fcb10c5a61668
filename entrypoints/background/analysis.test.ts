import { describe, it, expect, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analysisHandlers } from './analysis';
import { takePendingSelection } from './selection-menu';
import { TabResultSchema } from '../../lib/messages';
import { toProfile } from '../../lib/analysis';

const sender = { id: fakeBrowser.runtime.id, tab: { id: 12 } } as never;

const advert = `PMO Officer

Join our programme office supporting a regional rail upgrade.
• Maintain the RAID log and the programme plan
• Produce the monthly highlight report and Power BI dashboards
Essential: PRINCE2 Foundation.
Desirable: P3O Foundation.`;

describe('background analysis handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('analyses pasted text into a valid result with the advert title', async () => {
    const result = await analysisHandlers.analyzeText!({ text: advert, source: 'text' }, sender);
    expect(TabResultSchema.parse(result).state).toBe('ok');
    if (result.state !== 'ok') throw new Error('expected a result');
    expect(result.posting.title).toBe('PMO Officer');
    expect(result.posting.source).toBe('text');
    expect(result.analysis.certificationsMentioned.map((c) => [c.family, c.requirement])).toEqual(
      expect.arrayContaining([
        ['prince2', 'required'],
        ['p3o', 'desirable'],
      ]),
    );
  });

  it('answers blank text with the no-advert state', async () => {
    const result = await analysisHandlers.analyzeText!({ text: '  \n\t ', source: 'selection' }, sender);
    expect(result).toEqual({ state: 'no-advert', reason: 'There is no text to analyse.' });
  });

  it('uses the profile saved in storage to mark held certifications', async () => {
    await analysisHandlers.analyzeText!({ text: advert, source: 'text' }, sender);
    const { watchlistHandlers } = await import('./watchlist');
    await watchlistHandlers.setProfile!(toProfile({ held: ['prince2-foundation'], targetLevel: 'analyst' }), sender);
    const result = await analysisHandlers.analyzeText!({ text: advert, source: 'text' }, sender);
    if (result.state !== 'ok') throw new Error('expected a result');
    const prince2 = result.analysis.recommendations.find((r) => r.id === 'prince2-foundation');
    expect(prince2?.held).toBe(true);
  });

  it('hands a context-menu result to the popup once, then forgets it', async () => {
    const stored = { state: 'no-advert', reason: 'There is no text to analyse.' };
    await fakeBrowser.storage.session.set({ 'selection-result:5': stored });
    expect(await takePendingSelection(5)).toEqual(stored);
    expect(await takePendingSelection(5)).toBeNull();
  });

  it('ignores a stored selection result that fails its schema', async () => {
    await fakeBrowser.storage.session.set({ 'selection-result:6': { state: 'ok', posting: 'not a posting' } });
    expect(await takePendingSelection(6)).toBeNull();
  });
});
