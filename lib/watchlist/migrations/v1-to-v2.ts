import { canonicalId, describeIssues } from '../schema';
import type { Migration, Reject } from './types';
import { MigrationError } from './types';
import { V1EntrySchema } from './v1';
import type { V2Doc, V2Entry } from './v2';

/**
 * v1 -> v2: give every entry its canonical id, a status and ISO dates. Version 1 could hold
 * the same advert twice (saved from two links); those become one entry, keeping the first
 * save date and every note.
 */
export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  up(doc) {
    if (!Array.isArray(doc)) throw new MigrationError('version 1 data is not a list', 1);
    const rejects: Reject[] = [];
    const byId = new Map<string, V2Entry>();
    doc.forEach((raw, index) => {
      const parsed = V1EntrySchema.safeParse(raw);
      if (!parsed.success) {
        rejects.push({ from: `v1[${index}]`, index, id: null, reason: describeIssues(parsed.error), value: raw });
        return;
      }
      const e = parsed.data;
      const id = canonicalId({ source: e.source, url: e.url, title: e.title, company: e.company, text: e.text });
      const savedAt = new Date(e.savedAt).toISOString();
      const next: V2Entry = {
        id,
        title: e.title,
        company: e.company,
        location: e.location ?? null,
        url: e.url,
        source: e.source,
        jobId: null,
        // Version 1 kept no confidence; 0 says "unknown" rather than inventing one.
        level: { id: e.level, confidence: 0 },
        office: null,
        certifications: [...new Set(e.certifications)].map((family) => ({ id: family, family, requirement: 'mentioned' as const })),
        savedAt,
        updatedAt: savedAt,
        status: 'saved',
        notes: e.notes ?? '',
        text: e.text ?? '',
      };
      const seen = byId.get(id);
      if (!seen) {
        byId.set(id, next);
        return;
      }
      const [first, second] = seen.savedAt <= next.savedAt ? [seen, next] : [next, seen];
      const notes = [first.notes, second.notes].filter((n, i, all) => n && all.indexOf(n) === i).join('\n\n');
      byId.set(id, {
        ...second,
        savedAt: first.savedAt,
        notes,
        certifications: [
          ...second.certifications,
          ...first.certifications.filter((c) => !second.certifications.some((s) => s.id === c.id)),
        ],
        text: second.text || first.text,
      });
    });
    const out: V2Doc = { version: 2, entries: [...byId.values()] };
    return { doc: out, rejects };
  },
};
