import { describe, expect, it } from 'vitest';
import levels from '../../data/levels.json';
import offices from '../../data/offices.json';
import { LEVEL_ORDER } from '../analysis';
import { OFFICE_NAMES } from '../present';
import { formatDate, LEVEL_LABELS, OFFICE_LABELS, safeWebUrl } from './labels';

describe('watchlist labels', () => {
  it('name offices as data/offices.json does, like the popup', () => {
    for (const office of offices) {
      expect(OFFICE_LABELS[office.id as keyof typeof OFFICE_LABELS]).toBe(office.name);
      expect(OFFICE_NAMES[office.id as keyof typeof OFFICE_NAMES]).toBe(office.name);
    }
  });

  it('label levels with the number and the framework role of data/levels.json, in career order', () => {
    expect(LEVEL_ORDER.map((id) => LEVEL_LABELS[id])).toEqual(levels.map((l) => `${l.number} · ${l.competencyRole}`));
  });

  it('show dates in short form and keep text that is not a date', () => {
    expect(formatDate('2026-11-26T10:00:00.000Z')).toMatch(/2026/);
    expect(formatDate('next Friday')).toBe('next Friday');
  });

  it('open only web links', () => {
    expect(safeWebUrl('https://www.reed.co.uk/jobs/1')).toBe('https://www.reed.co.uk/jobs/1');
    expect(safeWebUrl('javascript:alert(1)')).toBeNull();
    expect(safeWebUrl(null)).toBeNull();
  });
});
