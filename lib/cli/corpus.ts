import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LevelId, OfficeId, Requirement } from '../analysis';
import { FactLabelsSchema } from './fact-labels';

const OneOrMany = <T extends z.ZodTypeAny>(t: T) => z.union([t, z.array(t)]);

/** One labelled advert in the format of the shared corpus README. */
export const CorpusItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  company: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  text: z.string(),
  labels: z.object({
    pmo: z.boolean(),
    level: LevelId.nullable(),
    office: OneOrMany(OfficeId).nullable(),
    certFamilies: z.array(z.string()),
    certRequirements: z.record(z.string(), OneOrMany(Requirement)).optional(),
    hardCase: z.boolean().optional(),
    nearMiss: z.boolean().optional(),
    /** The advert facts it states; corpora labelled before facts were read have none. */
    facts: FactLabelsSchema.optional(),
  }),
  rationale: z.string().optional(),
});
export type CorpusItem = z.infer<typeof CorpusItemSchema> & { file: string };

/** Every *.json in a folder, validated; a malformed file is reported, not skipped silently. */
export function readCorpus(dir: string): { items: CorpusItem[]; errors: string[] } {
  const items: CorpusItem[] = [];
  const errors: string[] = [];
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(dir, name);
    try {
      const parsed = CorpusItemSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) items.push({ ...parsed.data, file });
      else errors.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    } catch (e) {
      errors.push(`${file}: ${(e as Error).message}`);
    }
  }
  return { items, errors };
}

/** The text the matcher reads for a corpus item: title, blank line, text. */
export function corpusText(item: Pick<CorpusItem, 'title' | 'text'>): string {
  return `${item.title}\n\n${item.text}`;
}
