import type { Entry } from './schema';

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

export const newer = (a: string, b: string) => time(a) > time(b);

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
