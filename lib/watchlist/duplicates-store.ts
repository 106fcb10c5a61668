import type { Analysis } from '../analysis';
import type { Posting } from '../posting';
import { employerKey, findRepost, sameTitle, shingles } from './duplicates';
import { mayMatch, readPrint } from './duplicates-print';
import { groupFor, sourceLabel } from './duplicates-groups';
import { canonicalId } from './identity';
import { capSnapshot } from './entry';
import type { Repost } from './duplicates-schema';
import type { SaveResult, WatchlistStore } from './store';

export { RepostSchema, type Repost } from './duplicates-schema';

/**
 * The saved job this advert seems to repost, asked before saving so the reader can link the
 * two rather than keep the job twice. An advert already saved under its own id is no repost.
 * The summaries rule out most jobs (other title or employer, and a text print that shares too
 * little); only the jobs left are read with their text and compared in full.
 */
export async function repostOf(store: WatchlistStore, posting: Posting): Promise<Repost | null> {
  const id = canonicalId(posting);
  const summaries = await store.listSummaries();
  if (summaries.some((s) => s.id === id)) return null;
  // The advert is compared as the watchlist would keep it, so a huge page costs no more than a saved one.
  const incoming = { title: posting.title, company: posting.company, text: capSnapshot(posting.text).text };
  const mine = shingles(incoming.text);
  const employer = employerKey(incoming.company);
  const likely = summaries.filter((s) => {
    if (employer && employer === employerKey(s.company) && sameTitle(incoming.title, s.title)) return true;
    const print = readPrint(s.print);
    // A job whose summary has no print yet is compared on its text.
    return print ? mayMatch(mine, print) : true;
  });
  const all = await store.getMany(likely.map((s) => s.id));
  const match = findRepost(
    incoming,
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
