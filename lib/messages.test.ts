import { describe, expect, it } from 'vitest';
import { protocol } from './messages';

const posting = (text: string) => ({ title: 'PMO Analyst', company: null, location: null, url: null, source: 'reed', text });

describe('message size limits', () => {
  it('postingChanged refuses advert text larger than analyzeText accepts', () => {
    const limit = 5_000_000;
    expect(protocol.analyzeText.request.safeParse({ text: 'x'.repeat(limit + 1), source: 'text' }).success).toBe(false);
    expect(protocol.postingChanged.request.safeParse({ posting: posting('x'.repeat(limit + 1)) }).success).toBe(false);
    expect(protocol.postingChanged.request.safeParse({ posting: posting('A PMO Analyst advert.') }).success).toBe(true);
    expect(protocol.postingChanged.request.safeParse({ posting: null }).success).toBe(true);
  });
});
