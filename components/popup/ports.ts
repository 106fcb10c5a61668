import type { Analysis } from '../../lib/analysis';
import type { ResponseOf } from '../../lib/messages';
import type { Posting } from '../../lib/posting';
import type { Repost } from '../../lib/watchlist/duplicates-schema';

/** What the popup needs from the watchlist; the entry point wires it to the background. */
export interface WatchlistPort {
  /** The saved job's status when this advert is already on the watchlist, else null. */
  lookup(posting: Posting): Promise<{ status: string } | null>;
  /** Saves; `linkTo` links the advert to the saved job it reposts. */
  save(posting: Posting, analysis: Analysis, linkTo?: string): Promise<{ status: string }>;
  /** The saved job this advert seems to repost (another board, an agency), asked before a first save. */
  findRepost?(posting: Posting): Promise<Repost | null>;
}

/** What the popup shows: one of these at a time. */
export type View =
  | { kind: 'loading' }
  | { kind: 'result'; posting: Posting; analysis: Analysis; tabId: number | null }
  | { kind: 'no-advert'; reason: string }
  | { kind: 'restricted'; reason: string }
  | { kind: 'error'; message: string };

/** Everything the popup needs from the browser, handed in so the UI can be tested in a plain DOM. */
export interface PopupDeps {
  /** The tab to read: `?tabId=N`, else the active tab; null when there is none. */
  resolveTabId(): Promise<number | null>;
  analyzeTab(tabId: number): Promise<ResponseOf<'analyzeTab'>>;
  /** The answer the background already holds for the tab's advert, shown while a fresh read confirms it. */
  latestAnswer?(tabId: number): Promise<ResponseOf<'latestAnswer'>>;
  analyzeText(text: string, source: 'text' | 'selection'): Promise<ResponseOf<'analyzeText'>>;
  readSelection(tabId: number): Promise<string>;
  /** Highlights the phrases in the tab and says how many places were marked; an empty list clears them. */
  highlight(tabId: number, phrases: string[]): Promise<number>;
  loadHighlightSetting(): Promise<boolean>;
  saveHighlightSetting(on: boolean): Promise<void>;
  openWatchlist(): void;
  watchlist: WatchlistPort;
  /** Called once, when the first answer (of any kind) is on screen; `early` when it was the answer already held. */
  onAnswer?(kind: View['kind'], early: boolean): void;
  /** Called when the fresh read of the tab has come back, after an answer already held was shown or not. */
  onConfirmed?(result: ResponseOf<'analyzeTab'>, changed: boolean): void;
}
