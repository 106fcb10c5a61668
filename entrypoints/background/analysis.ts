import { analyze } from './analyzer';
import { postingFromText, type Posting } from '../../lib/posting';
import type { Profile } from '../../lib/analysis';
import type { Handlers, TabResult } from '../../lib/messages';
import { readTab } from './read-tab';
import { showLevelBadge } from './badge';
import { selectionPending, takePendingSelection } from './selection-menu';
import { forgetAnswer, latestAnswer, rememberAnswer } from './tab-answers';
import { watchlistHandlers } from './watchlist';
import type { Sender } from './sender';

/** The reader's saved profile; an unreadable one reads as none, so the answer still comes. */
export async function readerProfile(): Promise<Profile | undefined> {
  try {
    return await watchlistHandlers.getProfile?.({}, {});
  } catch {
    return undefined;
  }
}

async function analyzePosting(posting: Posting): Promise<TabResult> {
  try {
    return { state: 'ok', posting, analysis: analyze(posting, await readerProfile()) };
  } catch {
    return { state: 'error', message: 'The advert could not be analysed. Try again, or paste its text.' };
  }
}

const NO_ADVERT = 'No job advert was found on this page.';

/** The board script's latest report per tab while it is being read, analysed and kept. */
const reading = new Map<number, Promise<unknown>>();

/** Runs the board script's report for the tab, so a popup that opens meanwhile can wait for it. */
export async function boardReport<T>(tabId: number, work: Promise<T>): Promise<T> {
  reading.set(tabId, work);
  try {
    return await work;
  } finally {
    if (reading.get(tabId) === work) reading.delete(tabId);
  }
}

export const analysisHandlers: Handlers<Sender> = {
  async analyzeTab({ tabId }) {
    const pending = await takePendingSelection(tabId);
    if (pending) return pending;
    // A board report under way (the page just loaded, or the worker just started) is a fresh
    // read of the same page: the popup takes its answer rather than read and analyse it twice.
    const report = reading.get(tabId);
    if (report) {
      await report.catch(() => undefined);
      const held = await latestAnswer(tabId);
      if (held) return held;
    }
    const read = await readTab(tabId);
    if (read.kind === 'restricted') return { state: 'restricted', reason: read.reason };
    if (read.kind === 'none') {
      await showLevelBadge(tabId, null);
      return { state: 'no-advert', reason: NO_ADVERT };
    }
    const started = performance.now();
    const result = await analyzePosting(read.posting);
    const timings = { injectMs: read.injectMs ?? 0, readMs: read.readMs ?? 0, analyzeMs: performance.now() - started };
    await Promise.all([showLevelBadge(tabId, result.state === 'ok' ? result.analysis : null), rememberAnswer(tabId, result)]);
    return result.state === 'ok' ? { ...result, timings } : result;
  },

  latestAnswer: ({ tabId }) => heldAnswerFor(tabId),

  async analyzeText({ text, source }) {
    if (!text.trim()) return { state: 'no-advert', reason: 'There is no text to analyse.' };
    return analyzePosting(postingFromText(text, source));
  },

  async postingChanged({ posting }, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await boardReport(
        tabId,
        (async () => {
          const result = posting ? await analyzePosting(posting) : null;
          await Promise.all([
            showLevelBadge(tabId, result?.state === 'ok' ? result.analysis : null),
            result ? rememberAnswer(tabId, result) : forgetAnswer(tabId),
          ]);
        })(),
      );
    }
    return { ok: true as const };
  },
};

/** Whether the board script's report for the tab is still being read and analysed. */
export function boardReportUnderWay(tabId: number): boolean {
  return reading.has(tabId);
}

/** The answer to show for a tab before a fresh read confirms it; null when there is none to show. */
export async function heldAnswerFor(tabId: number): Promise<TabResult | null> {
  // A selection sent from the context menu is the answer the reader is waiting for.
  if (selectionPending(tabId)) return null;
  // The board script's report still being read (a popup opened just after the page, or the
  // worker just started) is sooner than the popup's own fresh read: it is worth the wait.
  await reading.get(tabId)?.catch(() => undefined);
  return latestAnswer(tabId);
}
