import { describe, expect, it } from 'vitest';
import { advertiserLine, PostingSchema } from './posting';

describe('the advertiser line of the popup', () => {
  it('shows the company alone, the agency alone or both', () => {
    expect(advertiserLine({ company: 'Severn Water' })).toBe('Severn Water');
    expect(advertiserLine({ company: 'Quarry Lane Talent', agency: { name: 'Quarry Lane Talent' } })).toBe('via Quarry Lane Talent (agency)');
    expect(advertiserLine({ company: 'Severn Water', agency: { name: 'Brackley Search' } })).toBe('Severn Water · via Brackley Search (agency)');
    expect(advertiserLine({ company: null, agency: { name: null } })).toBe('via a recruitment agency');
    expect(advertiserLine({ company: null, agency: null })).toBe('');
  });

  it('a posting read before the agency field existed still validates', () => {
    const old = { title: 'PMO Analyst', company: 'Severn Water', location: null, url: null, source: 'reed', text: 'x' };
    expect(PostingSchema.safeParse(old).success).toBe(true);
    expect(PostingSchema.safeParse({ ...old, agency: { name: 'Brackley Search' } }).success).toBe(true);
    expect(PostingSchema.safeParse({ ...old, agency: { name: 3 } }).success).toBe(false);
  });
});
