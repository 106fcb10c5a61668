import { z } from 'zod';
import { KEPT_CV_KEY } from './schema';
import { IsoStamp } from './profile';
import type { KeyValueArea } from './area';

/**
 * A CV's text, kept on this computer only when the reader asks, so it can be read again later.
 * Stored under its own key, which sync never reads; forgetting it removes the key.
 */
export const MAX_KEPT_CV_CHARS = 100_000;

export const KeptCvSchema = z
  .object({
    v: z.literal(1),
    text: z.string().min(1).max(MAX_KEPT_CV_CHARS),
    /** The file it came from, or "the pasted text". */
    from: z.string().min(1).max(260),
    at: IsoStamp,
  })
  .strict();
export type KeptCv = z.infer<typeof KeptCvSchema>;

const count = (n: number) => n.toLocaleString('en-GB');

/** Stores the text, or says in one line why it cannot be (and stores nothing). */
export async function keepCv(area: KeyValueArea, text: string, from: string, now = new Date()): Promise<KeptCv> {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('There is no CV text to keep.');
  if (trimmed.length > MAX_KEPT_CV_CHARS)
    throw new Error(`This CV is too long to keep (${count(trimmed.length)} characters; up to ${count(MAX_KEPT_CV_CHARS)} can be kept). It was read, but its text was not kept.`);
  const kept = KeptCvSchema.parse({ v: 1, text: trimmed, from: from.slice(0, 260) || 'the pasted text', at: now.toISOString() });
  await area.set({ [KEPT_CV_KEY]: kept });
  return kept;
}

export type KeptCvRead = { cv: KeptCv | null; problem: string | null };

export const DAMAGED_KEPT_CV = 'The CV kept on this computer could not be read, so it is not shown. Forget it to remove it, then read your CV again.';

/** A stored value checked before it is shown; damage is reported, never shown as a CV. */
export function parseKeptCv(raw: unknown): KeptCvRead {
  if (raw === undefined || raw === null) return { cv: null, problem: null };
  const parsed = KeptCvSchema.safeParse(raw);
  return parsed.success ? { cv: parsed.data, problem: null } : { cv: null, problem: DAMAGED_KEPT_CV };
}

export async function readKeptCv(area: KeyValueArea): Promise<KeptCvRead> {
  return parseKeptCv((await area.get([KEPT_CV_KEY]))[KEPT_CV_KEY]);
}

export async function forgetCv(area: KeyValueArea): Promise<void> {
  await area.remove([KEPT_CV_KEY]);
}
