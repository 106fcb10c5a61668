import type { KeyedDoc, Migration, Reject } from './types';
import { MigrationError } from './types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v3 -> v4: the jobs themselves keep their shape (an analysis may now carry the advert facts,
 * which version 3 did not know); what is new is the summaries the page lists from, which the
 * writer builds from the jobs as it stores the upgraded data. The version moves on so that a
 * version 3 copy of the extension, which neither keeps the summaries current nor knows the
 * facts (it would drop them on its next edit), treats the data as newer and leaves it alone.
 *
 * Stored data arrives keyed by id; an export from version 3 arrives as a list, which is keyed
 * here (of two copies of one id the later edit is kept, the other set aside).
 */
export const v3ToV4: Migration = {
  from: 3,
  to: 4,
  up(doc) {
    if (!isRecord(doc)) throw new MigrationError('version 3 data is not an object', 3);
    const { entries } = doc as { entries?: unknown };
    if (entries instanceof Map) return { doc: { version: 4, entries: new Map(entries) } satisfies KeyedDoc, rejects: [] };
    if (!Array.isArray(entries)) throw new MigrationError('version 3 data has no list of jobs', 3);
    const rejects: Reject[] = [];
    const byId = new Map<string, unknown>();
    const stamp = (v: unknown) => (isRecord(v) && typeof v.updatedAt === 'string' ? v.updatedAt : '');
    entries.forEach((raw, index) => {
      const id = isRecord(raw) && typeof raw.id === 'string' && raw.id ? raw.id : null;
      if (id === null) {
        rejects.push({ from: `v3[${index}]`, index, id: null, reason: 'id: a job without an id', value: raw });
        return;
      }
      const seen = byId.get(id);
      if (seen !== undefined && stamp(seen) >= stamp(raw)) {
        rejects.push({ from: `v3[${index}]`, index, id, reason: 'an older copy of another entry with the same id', value: raw });
        return;
      }
      if (seen !== undefined) rejects.push({ from: 'v3 duplicate', id, reason: 'an older copy of another entry with the same id', value: seen });
      byId.set(id, raw);
    });
    return { doc: { version: 4, entries: byId } satisfies KeyedDoc, rejects };
  },
};
