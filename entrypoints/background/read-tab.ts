import { browser } from 'wxt/browser';
import { PostingSchema, type Posting } from '../../lib/posting';

export type TabRead =
  | { kind: 'posting'; posting: Posting; injectMs?: number; readMs?: number }
  | { kind: 'none' }
  | { kind: 'restricted'; reason: string };

/**
 * Reads the advert on screen in a tab by injecting the reader: on the boards through their
 * host access, anywhere else through the activeTab grant of the user's click. Reading afresh
 * each time means the answer always matches the job on screen, even on single-page boards.
 */
export async function readTab(tabId: number): Promise<TabRead> {
  const started = performance.now();
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/read-advert.js'] });
  } catch {
    return { kind: 'restricted', reason: 'The browser does not let extensions read this page.' };
  }
  const elapsed = performance.now() - started;
  const answer = results[0]?.result as { posting?: unknown; readMs?: unknown } | null | undefined;
  const parsed = PostingSchema.safeParse(answer?.posting);
  if (!parsed.success) return { kind: 'none' };
  const readMs = typeof answer?.readMs === 'number' && answer.readMs >= 0 ? Math.min(answer.readMs, elapsed) : 0;
  return { kind: 'posting', posting: parsed.data, injectMs: elapsed - readMs, readMs };
}
