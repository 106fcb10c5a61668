import { describe, expect, it } from 'vitest';
import { sameValue } from './same-value';

describe('sameValue', () => {
  it('ignores the order of keys, as storage that sorts them hands them back', () => {
    expect(sameValue({ id: 'reed:1', posting: { title: 'PMO Analyst', company: null } }, { posting: { company: null, title: 'PMO Analyst' }, id: 'reed:1' })).toBe(true);
  });
  it('treats a property set to undefined as absent, as storage drops it', () => {
    expect(sameValue({ a: 1, group: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, group: null })).toBe(false);
  });
  it('tells apart values that differ anywhere, arrays in order', () => {
    expect(sameValue({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toBe(false);
    expect(sameValue({ pay: { min: 1 } }, { pay: { min: 2 } })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
