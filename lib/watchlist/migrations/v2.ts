import { z } from 'zod';
import { LevelId, OfficeId, Requirement } from '../../analysis';

/**
 * Version 2: `{ version: 2, entries: [...] }` under the `watchlist` key. Added the canonical
 * id, a status (without "withdrawn"), updatedAt, the office and certification ids with
 * their requirement. Still one document, still no tags or recommendations.
 */
export const V2_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'closed'] as const;

export const V2EntrySchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().min(1),
  jobId: z.string().nullable().optional(),
  level: z.object({ id: LevelId.nullable(), confidence: z.number().min(0).max(1) }),
  office: OfficeId.nullable(),
  certifications: z.array(z.object({ id: z.string().min(1), family: z.string().min(1), requirement: Requirement })),
  savedAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(V2_STATUSES),
  notes: z.string(),
  text: z.string(),
});
export type V2Entry = z.infer<typeof V2EntrySchema>;

export const V2DocSchema = z.object({ version: z.literal(2), entries: z.array(z.unknown()) });
export type V2Doc = { version: 2; entries: unknown[] };
