import type { Analysis } from '../../lib/analysis';
import type { Posting } from '../../lib/posting';

/** What the popup needs from the watchlist; the entry point wires it to the background. */
export interface WatchlistPort {
  /** The saved job's status when this advert is already on the watchlist, else null. */
  lookup(posting: Posting): Promise<{ status: string } | null>;
  save(posting: Posting, analysis: Analysis): Promise<{ status: string }>;
}
