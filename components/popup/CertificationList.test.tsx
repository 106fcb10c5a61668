// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/analysis';
import { CertificationList } from './CertificationList';

type Mentioned = Analysis['certificationsMentioned'][number];

const cert = (over: Partial<Mentioned>): Mentioned => ({ id: 'p3o-foundation', family: 'p3o', requirement: 'mentioned', text: 'P3O Foundation', ...over });

let root: HTMLElement;
afterEach(() => render(null, root));

function show(certs: Mentioned[]) {
  root = document.createElement('div');
  render(<CertificationList certs={certs} />, root);
  return [...root.querySelectorAll('[data-testid="cert-mentioned"]')].map((li) => li.textContent ?? '');
}

describe('CertificationList', () => {
  it('lists the strongest requirement first and ticks only what the analysis marks held', () => {
    const items = show([
      cert({ id: 'mop-practitioner', family: 'mop', text: 'MoP', name: 'MoP Practitioner', requirement: 'desirable', held: false }),
      cert({ requirement: 'required', name: 'P3O Foundation', held: true }),
    ]);
    expect(items[0]).toMatch(/^P3O Foundation.*Required.*You hold this/);
    expect(items[1]).toMatch(/MoP Practitioner.*Desirable/);
    expect(items[1]).not.toContain('You hold this');
  });

  it('says so when the advert names none', () => {
    show([]);
    expect(root.textContent).toContain('No certifications named.');
  });
});
