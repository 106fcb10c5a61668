import { analyze } from '@/lib/analyze';
import { postingFromText, type Posting } from '@/lib/posting';
import type { Profile } from '@/lib/analysis';
import type { Handlers, TabResult } from '@/lib/messages';
import { readTab } from './read-tab';
import { showLevelBadge } from './badge';
import { takePendingSelection } from './selection-menu';
import { watchlistHandlers } from './watchlist';
import type { Sender } from './sender';

async function currentProfile(sender: Sender): Promise<Profile | undefined> {
  try {
    return await watchlistHandlers.getProfile?.({}, sender);
  } catch {
    return undefined;
  }
}

async function analyzePosting(posting: Posting, sender: Sender): Promise<TabResult> {
  try {
    return { state: 'ok', posting, analysis: analyze(posting, await currentProfile(sender)) };
  } catch {
    return { state: 'error', message: 'The advert could not be analysed. Try again, or paste its text.' };
  }
}

const NO_ADVERT = 'No job advert was found on this page.';

export const analysisHandlers: Handlers<Sender> = {
  async analyzeTab({ tabId }, sender) {
    const pending = await takePendingSelection(tabId);
    if (pending) return pending;
    const read = await readTab(tabId);
    if (read.kind === 'restricted') return { state: 'restricted', reason: read.reason };
    if (read.kind === 'none') {
      await showLevelBadge(tabId, null);
      return { state: 'no-advert', reason: NO_ADVERT };
    }
    const result = await analyzePosting(read.posting, sender);
    await showLevelBadge(tabId, result.state === 'ok' ? result.analysis : null);
    return result;
  },

  async analyzeText({ text, source }, sender) {
    if (!text.trim()) return { state: 'no-advert', reason: 'There is no text to analyse.' };
    return analyzePosting(postingFromText(text, source), sender);
  },

  async postingChanged({ posting }, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const result = posting ? await analyzePosting(posting, sender) : null;
      await showLevelBadge(tabId, result?.state === 'ok' ? result.analysis : null);
    }
    return { ok: true as const };
  },
};
