import * as z from 'zod/mini';

// zod/mini keeps the content script inside its size budget while still validating every message.
const Incoming = z.discriminatedUnion('type', [
  z.object({ type: z.literal('extractNow'), data: z.object({}) }),
  z.object({
    type: z.literal('highlight'),
    data: z.object({ phrases: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)) }),
  }),
]);

export type Incoming = { type: 'extractNow' } | { type: 'highlight'; phrases: string[] };

export function parseIncoming(raw: unknown): Incoming | null {
  const parsed = Incoming.safeParse(raw);
  if (!parsed.success) return null;
  return parsed.data.type === 'highlight' ? { type: 'highlight', phrases: parsed.data.data.phrases } : { type: 'extractNow' };
}
