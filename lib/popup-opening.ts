import type { ResponseOf, TabResult } from './messages';

/** The popup's ways of asking the background about a tab. */
export interface TabAsker {
  resolveTabId(): Promise<number | null>;
  analyzeTab(tabId: number): Promise<ResponseOf<'analyzeTab'>>;
  latestAnswer?(tabId: number): Promise<ResponseOf<'latestAnswer'>>;
}

/**
 * The popup's first question, asked before it renders anything: the tab, the answer the
 * background already holds for it, and a fresh read to confirm that answer.
 */
export interface Opening {
  tabId: Promise<number | null>;
  held: Promise<TabResult | null>;
  fresh: Promise<TabResult>;
}

const NO_PAGE: TabResult = { state: 'no-advert', reason: 'There is no page to read here.' };

export function askTab(deps: TabAsker): Opening {
  const tabId = deps.resolveTabId();
  // Asked first: the background answers it from memory while the fresh read is under way.
  const held = tabId.then((id) => (id === null || !deps.latestAnswer ? null : deps.latestAnswer(id))).catch(() => null);
  const fresh = tabId.then((id) => (id === null ? NO_PAGE : deps.analyzeTab(id)));
  // Awaited by the popup later; a failure meanwhile is not an unhandled one.
  fresh.catch(() => undefined);
  return { tabId, held, fresh };
}

/**
 * Two answers say the same about the same advert (timings of the read aside). Compared with
 * their keys in order: an answer kept in the browser's storage comes back with its keys sorted.
 */
export function sameAnswer(a: TabResult, b: TabResult): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'ok' && b.state === 'ok') return canonical([a.posting, a.analysis]) === canonical([b.posting, b.analysis]);
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}
