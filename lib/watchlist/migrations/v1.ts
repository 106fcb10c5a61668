import { z } from 'zod';
import { LevelId } from '../../analysis';

/**
 * Version 1: a bare array under the `watchlist` key. No id (the URL was the identity), no
 * status, no tags; certifications were family ids only; savedAt was epoch milliseconds.
 */
export const V1EntrySchema = z.object({
  url: z.string().nullable(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable().optional(),
  source: z.string().min(1),
  level: LevelId.nullable(),
  certifications: z.array(z.string()),
  savedAt: z.number().finite().nonnegative(),
  notes: z.string().optional(),
  text: z.string().optional(),
});
export type V1Entry = z.infer<typeof V1EntrySchema>;
export type V1Doc = unknown[];
