// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Facts } from '../../lib/analysis';
import { Glance } from './Glance';

let root: HTMLElement;
afterEach(() => render(null, root));

const none: Facts = { closingDate: null, postedDate: null, pay: null, contract: null, hours: null, workplace: null, clearance: null, grade: null, tools: [], agency: null };

function show(facts: Facts | undefined) {
  root = document.createElement('div');
  render(<Glance facts={facts} today="2026-11-29" />, root);
  return root.querySelector('[data-testid="glance"]');
}

describe('Glance', () => {
  it('shows each fact with the advert’s own words on hover and focus', () => {
    const g = show({
      ...none,
      closingDate: { date: '2026-12-14', text: 'Closing date: 14 December 2026' },
      pay: { min: 450, max: 500, currency: 'GBP', period: 'day', annualMin: 99000, annualMax: 110000, text: '£450–£500 per day (outside IR35)' },
      clearance: { level: 'sc', requirement: 'required', text: 'You must hold SC clearance.' },
      grade: { scheme: 'nhs-afc', value: 'Band 7', text: 'Band 7' },
    })!;
    const labels = [...g.querySelectorAll('.glance-label')];
    expect(labels.map((l) => l.textContent)).toEqual([
      'Closes in 15 days (2026-12-14)',
      '£450–£500 a day (about £110,000 a year)',
      'SC clearance (must hold)',
      'Band 7 (NHS Agenda for Change)',
    ]);
    for (const l of labels) {
      expect(l.getAttribute('tabindex')).toBe('0');
      const said = root.querySelector(`#${l.getAttribute('aria-describedby')}`);
      expect(said?.textContent).toContain(l.getAttribute('title')!.replace('The advert says: ', ''));
    }
  });

  it('renders the advert’s words as text, never as markup', () => {
    const g = show({ ...none, closingDate: { date: '2026-12-14', text: '<img src=x onerror=alert(1)> closes 14 Dec' } })!;
    expect(g.querySelector('img')).toBeNull();
    expect(g.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('is left out when the advert states none of its facts, or was saved before facts were read', () => {
    expect(show({ ...none, tools: [{ id: 'excel', label: 'Excel', text: 'Excel' }] })).toBeNull();
    expect(show(undefined)).toBeNull();
  });

  it('says when the closing date has passed', () => {
    const g = show({ ...none, closingDate: { date: '2026-11-01', text: 'Closing date: 1 November 2026' } })!;
    expect(g.textContent).toContain('Closed on 2026-11-01');
  });
});
