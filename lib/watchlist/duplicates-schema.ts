import { z } from 'zod';
import { GroupId, IsoDate } from './schema';

/** What the popup is told about a saved job the advert on screen seems to repost. */
export const RepostSchema = z.object({
  id: GroupId,
  reason: z.enum(['title-employer', 'text']),
  title: z.string().max(500).nullable(),
  company: z.string().max(300).nullable(),
  /** Where it was saved from: "Reed", a careers site's host. */
  source: z.string().max(300),
  savedAt: IsoDate,
});
export type Repost = z.infer<typeof RepostSchema>;
