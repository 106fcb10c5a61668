// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../lib/knowledge';
import type { Certification } from '../lib/knowledge/schemas';
import { CertificationPathway } from './CertificationPathway';

const NOV = new Date('2026-11-29T00:00:00Z');
const certs = () => loadKnowledgeBase().certifications;
let root: HTMLElement | null = null;

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
  }
  root = null;
});

function row(el: HTMLElement, label: string): string | undefined {
  const dt = Array.from(el.querySelectorAll('dt')).find((d) => d.textContent === label);
  return dt?.nextElementSibling?.textContent ?? undefined;
}

describe('CertificationPathway', () => {
  it('folds the facts under a summary line, naming the certificate when asked', () => {
    const el = mount(<CertificationPathway id="p3o-practitioner" name="P3O Practitioner" today={NOV} certs={certs()} />);
    const details = el.querySelector('details[data-testid="cert-pathway"]');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('P3O Practitioner: exam, prerequisites and courses');
  });

  it('reads the shipped certificates only when first opened', async () => {
    const el = mount(<CertificationPathway id="p3o-practitioner" today={NOV} />);
    const details = el.querySelector('details')!;
    expect(details.querySelector('dl')).toBeNull();
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    for (let i = 0; i < 50 && !details.querySelector('dl'); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(details.querySelector('[data-testid="pathway-prerequisites"]')?.textContent).toContain('P3O Foundation');
  });

  it('links the prerequisite and marks facts only third parties give', () => {
    const el = mount(<CertificationPathway id="p3o-practitioner" today={NOV} certs={certs()} />);
    const needs = el.querySelector('[data-testid="pathway-prerequisites"]');
    expect(needs?.querySelector('a')?.textContent).toContain('P3O Foundation');
    expect(needs?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(needs?.textContent).toContain('first');
    expect(row(el, 'Exam')).toContain('150 minutes');
    expect(row(el, 'Exam')).toContain('check with the provider');
  });

  it('shows the current PMP exam and the day it took effect', () => {
    const el = mount(<CertificationPathway id="pmi-pmp" today={NOV} certs={certs()} />);
    expect(row(el, 'Version')).toContain('since 9 July 2026');
  });

  it('lists the finder first, then courses with format, length and the month checked, flagging unconfirmed links', () => {
    const el = mount(<CertificationPathway id="p3o-foundation" today={NOV} certs={certs()} />);
    const items = Array.from(el.querySelectorAll('.pathway-training li'));
    expect(items[0]?.classList.contains('pathway-finder')).toBe(true);
    expect(items[0]?.textContent).toContain('link not confirmed');
    expect(items[1]?.textContent).toContain('Foundation 3 days');
    expect(items[1]?.textContent).toContain('checked November 2026');
    for (const a of Array.from(el.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('sends a legacy certificate to the courses of its successor', () => {
    const el = mount(<CertificationPathway id="bcs-ppso-advanced" today={NOV} certs={certs()} />);
    expect(el.querySelector('.pathway-subhead')?.textContent).toBe('Where to train (courses for Essentials for PMO Managers, which replaces it)');
  });

  it('renders data text as text, never as markup', () => {
    const base = loadKnowledgeBase().certifications.find((c) => c.id === 'p3o-foundation')!;
    const hostile: Certification = { ...base, id: 'hostile', courseLength: '<img src=x onerror=alert(1)> 3 days' };
    const el = mount(<CertificationPathway id="hostile" certs={[hostile]} today={NOV} />);
    expect(el.querySelector('img')).toBeNull();
    expect(row(el, 'Typical course')).toContain('<img src=x onerror=alert(1)> 3 days');
  });

  it('says so for an id the data does not hold', () => {
    const el = mount(<CertificationPathway id="no-such-certificate" today={NOV} certs={certs()} />);
    expect(el.querySelector('.pathway-none')?.textContent).toBe('No exam or course details are recorded for this certificate.');
  });
});
