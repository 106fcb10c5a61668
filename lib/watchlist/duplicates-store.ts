import type { Analysis } from '../analysis';
import type { Posting } from '../posting';
import { findRepost } from './duplicates';
import { groupFor, sourceLabel } from './duplicates-groups';
import { canonicalId } from './identity';
import { capSnapshot } from './entry';
import type { Repost } from './duplicates-schema';
import type { SaveResult, WatchlistStore } from './store';

export { RepostSchema, type Repost } from './duplicates-schema';

/**
 * The saved job this advert seems to repost, asked before saving so the reader can link the
 * two rather than keep the job twice. An advert already saved under its own id is no repost.
 */
export async function repostOf(store: WatchlistStore, posting: Posting): Promise<Repost | null> {
  const id = canonicalId(posting);
  const all = await store.list();
  if (all.some((e) => e.id === id)) return null;
  const match = findRepost(
    // The advert is compared as the watchlist would keep it, so a huge page costs no more than a saved one.
    { title: posting.title, company: posting.company, text: capSnapshot(posting.text).text },
    all.map((e) => ({ id: e.id, title: e.posting.title, company: e.posting.company, text: e.snapshot.text })),
  );
  const saved = match && all.find((e) => e.id === match.id);
  if (!match || !saved) return null;
  return {
    id: saved.id,
    reason: match.reason,
    title: saved.posting.title,
    company: saved.posting.company,
    source: sourceLabel(saved.posting),
    savedAt: saved.savedAt,
  };
}

/**
 * Saves the advert and, when the reader chose to link it, puts it in one group with the job it
 * reposts. A job deleted in the meantime leaves the advert saved on its own.
 */
export async function saveLinked(store: WatchlistStore, posting: Posting, analysis: Analysis, linkTo?: string): Promise<SaveResult> {
  const result = await store.save(posting, analysis);
  if (!linkTo || linkTo === result.entry.id) return result;
  const target = await store.get(linkTo);
  if (!target) return result;
  const group = groupFor(target);
  if (target.group !== group) await store.update(target.id, { group });
  const entry = await store.update(result.entry.id, { group });
  return { entry, created: result.created };
}
