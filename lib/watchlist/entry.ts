import { REQUIREMENT_RANK, type Analysis } from '../analysis';
import type { Posting } from '../posting';
import { entryKey, snapshotKey } from './keys';
import { canonicalId } from './identity';
import { askedOf } from '../analyze/fit';
import { MAX_ASKED, SNAPSHOT_MAX_CHARS, type AnalysisSummary, type CertificationNamed, type Entry, type PostingSummary } from './schema';

/** Building an entry from a save, splitting it into storage items, and merging two copies of one. */


export function capSnapshot(text: string): Entry['snapshot'] {
  if (text.length <= SNAPSHOT_MAX_CHARS) return { text, truncated: false };
  let cut = SNAPSHOT_MAX_CHARS;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return { text: text.slice(0, cut), truncated: true };
}

const clip = (s: string | null | undefined, max: number): string | null => {
  const t = s?.trim();
  return t ? t.slice(0, max) : null;
};

function summarisePosting(posting: Posting): PostingSummary {
  return {
    title: clip(posting.title, 500),
    company: clip(posting.company, 300),
    location: clip(posting.location, 300),
    url: clip(posting.url, 4096),
    source: posting.source,
    jobId: clip(posting.jobId, 300),
    salary: clip(posting.salary, 300),
    employmentType: clip(posting.employmentType, 100),
    closingDate: clip(posting.closingDate, 100),
    datePosted: clip(posting.datePosted, 100),
  };
}

function summariseAnalysis(analysis: Analysis): AnalysisSummary {
  const certs = new Map<string, CertificationNamed>();
  for (const c of analysis.certificationsMentioned) {
    const seen = certs.get(c.id);
    if (!seen || REQUIREMENT_RANK[c.requirement] < REQUIREMENT_RANK[seen.requirement]) {
      certs.set(c.id, { id: c.id, family: c.family, requirement: c.requirement });
    }
  }
  const office = [...analysis.offices].sort((a, b) => b.score - a.score)[0]?.id ?? null;
  const recommendations = [...analysis.recommendations]
    .sort((a, b) => b.score - a.score)
    .filter((r) => !r.held)
    .slice(0, 5)
    .map((r) => ({ id: r.id, family: r.family }));
  const asked = askedOf(analysis)
    .filter((a) => a.kind !== 'certification')
    .slice(0, MAX_ASKED)
    .map((a) => ({ kind: a.kind as 'skill' | 'tool' | 'clearance', id: a.id.slice(0, 100), label: a.label.slice(0, 120) || a.id, requirement: a.requirement }));
  return {
    asked,
    isPmoRole: analysis.isPmoRole,
    level: { id: analysis.level.id, confidence: Math.min(1, Math.max(0, analysis.level.confidence)) },
    office,
    certifications: [...certs.values()].slice(0, 100),
    recommendations,
    ...(analysis.facts ? { facts: analysis.facts } : {}),
  };
}

/**
 * The entry for a save. Saving an advert already in the list refreshes what the page says
 * and keeps what the reader wrote (status, notes, tags) and when they first saved it.
 */
export function buildEntry(posting: Posting, analysis: Analysis, now: Date, existing?: Entry): Entry {
  const fresh = summarisePosting(posting);
  const id = existing?.id ?? canonicalId(posting);
  const snapshot = posting.text.trim() ? capSnapshot(posting.text) : (existing?.snapshot ?? { text: '', truncated: false });
  const postingMerged: PostingSummary = existing
    ? (Object.fromEntries(
        Object.entries(fresh).map(([k, v]) => [k, v ?? existing.posting[k as keyof PostingSummary]]),
      ) as PostingSummary)
    : fresh;
  return {
    id,
    posting: postingMerged,
    analysis: summariseAnalysis(analysis),
    savedAt: existing?.savedAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
    status: existing?.status ?? 'saved',
    notes: existing?.notes ?? '',
    tags: existing?.tags ?? [],
    snapshot,
  };
}

/** The storage items that hold one entry. */
export function entryItems(e: Entry): Record<string, unknown> {
  const { snapshot, ...stored } = e;
  return snapshot.text ? { [entryKey(e.id)]: stored, [snapshotKey(e.id)]: snapshot } : { [entryKey(e.id)]: stored };
}

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

const newer = (a: string, b: string) => time(a) > time(b);

/**
 * One entry against its local copy: the later updatedAt wins. The first save date survives
 * either way, and an advert snapshot is never replaced by nothing (synced copies carry no
 * text, an import from another browser may).
 */
export function mergeEntry(local: Entry | undefined, incoming: Entry): { outcome: MergeOutcome; entry: Entry } {
  if (!local) return { outcome: 'added', entry: incoming };
  const savedAt = time(incoming.savedAt) < time(local.savedAt) ? incoming.savedAt : local.savedAt;
  if (newer(incoming.updatedAt, local.updatedAt)) {
    const snapshot = incoming.snapshot.text ? incoming.snapshot : local.snapshot;
    return { outcome: 'updated', entry: { ...incoming, savedAt, snapshot } };
  }
  if (!local.snapshot.text && incoming.snapshot.text) {
    return { outcome: 'updated', entry: { ...local, savedAt, snapshot: incoming.snapshot } };
  }
  return { outcome: 'unchanged', entry: local };
}
