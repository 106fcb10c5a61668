import { capSnapshot, describeIssues } from '../schema';
import type { KeyedDoc, Migration, Reject } from './types';
import { MigrationError } from './types';
import { V2DocSchema, V2EntrySchema } from './v2';

/**
 * v2 -> v3: the posting and analysis become their own objects (salary, contract type and
 * closing date join the posting; recommendations join the analysis), tags start empty and
 * the advert text becomes a capped snapshot. The result is keyed by id (a Map, so any id is a
 * plain key): version 3 stores one key per entry.
 */
export const v2ToV3: Migration = {
  from: 2,
  to: 3,
  up(doc) {
    const parsedDoc = V2DocSchema.safeParse(doc);
    if (!parsedDoc.success) throw new MigrationError(`version 2 data is malformed (${describeIssues(parsedDoc.error)})`, 2);
    const rejects: Reject[] = [];
    const entries = new Map<string, { updatedAt: string }>();
    parsedDoc.data.entries.forEach((raw, index) => {
      const parsed = V2EntrySchema.safeParse(raw);
      if (!parsed.success) {
        const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
        rejects.push({ from: `v2[${index}]`, index, id, reason: describeIssues(parsed.error), value: raw });
        return;
      }
      const e = parsed.data;
      const next = {
        id: e.id,
        posting: {
          title: e.title,
          company: e.company,
          location: e.location,
          url: e.url,
          source: e.source,
          jobId: e.jobId ?? null,
          salary: null,
          employmentType: null,
          closingDate: null,
          datePosted: null,
        },
        analysis: {
          // Version 2 saved only what the popup showed for PMO roles.
          isPmoRole: true,
          level: e.level,
          office: e.office,
          certifications: e.certifications,
          recommendations: [],
        },
        savedAt: e.savedAt,
        updatedAt: e.updatedAt,
        status: e.status,
        notes: e.notes,
        tags: [],
        snapshot: capSnapshot(e.text),
      };
      const seen = entries.get(e.id);
      if (seen && seen.updatedAt >= next.updatedAt) {
        rejects.push({ from: `v2[${index}]`, index, id: e.id, reason: 'an older copy of another entry with the same id', value: raw });
        return;
      }
      if (seen) rejects.push({ from: `v2 duplicate`, id: e.id, reason: 'an older copy of another entry with the same id', value: seen });
      entries.set(e.id, next);
    });
    const out: KeyedDoc = { version: 3, entries };
    return { doc: out, rejects };
  },
};
