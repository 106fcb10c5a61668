// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ResultView } from '../../components/popup/ResultView';
import type { WatchlistPort } from '../../components/popup/ports';
import { analyze } from '../analyze';
import type { TabResult } from '../messages';
import type { Posting } from '../posting';
import { answerMarkup, escapeHtml, MAX_MARKUP_CHARS } from './markup';
import { WITH_PAGE_ATTRIBUTE } from './marker';

const TODAY = '2026-11-29';
/** The popup dates the closing date against the day it runs. */
const NOW = () => new Date().toISOString().slice(0, 10);

function posting(over: Partial<Posting> = {}): Posting {
  return {
    title: 'Portfolio Office Manager',
    company: 'Eastmoor Housing Trust',
    location: 'Bristol',
    url: 'https://jobs.example.org/portfolio-office-manager',
    source: 'jsonld',
    text:
      'Portfolio Office Manager\nPermanent, full time. Salary £52,000 – £58,000 per year. Hybrid: two days a week in our Bristol office.\n' +
      'Closing date: 14 December 2026.\nYou will lead the portfolio office team, set up governance and stage gates, and report portfolio performance to the executive board.\n' +
      'P3O Practitioner is essential. MSP Foundation or PRINCE2 Practitioner is desirable.\nBPSS clearance is required.',
    ...over,
  };
}

function answer(p: Posting = posting()): Extract<TabResult, { state: 'ok' }> {
  return { state: 'ok', posting: p, analysis: analyze(p) };
}

function parse(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());

/** What the popup's own render shows for the same answer. */
function popupRender(result: Extract<TabResult, { state: 'ok' }>): HTMLElement {
  const root = document.createElement('div');
  const watchlist = { isSaved: async () => false, save: async () => ({ ok: true }) } as unknown as WatchlistPort;
  render(<ResultView posting={result.posting} analysis={result.analysis} watchlist={watchlist} />, root);
  return root;
}

describe('answerMarkup', () => {
  it('shows the same facts as the top of the popup: title, advertiser, glance, level, office, named certifications', () => {
    const held = answer();
    const page = parse(answerMarkup(held, NOW())!);
    const popup = popupRender(held);
    for (const selector of ['.job-title', '.job-meta', '.glance-label', '.glance-said', '.level-role', '.level-name', '.confidence', 'details > summary', '.office-badge', '.cert-name', '.req', '.cert-quote']) {
      // The popup goes on below (recommendations, skills, the save button): the page shows its top.
      const shown = texts(page, selector);
      expect(shown.length, selector).toBeGreaterThan(0);
      expect(shown, selector).toEqual(texts(popup, selector).slice(0, shown.length));
    }
    expect(texts(page, '.level-role')).toEqual(['PMO Manager']);
    expect(texts(page, '.cert-name').length).toBeGreaterThanOrEqual(2);
    expect(page.querySelector(`[${WITH_PAGE_ATTRIBUTE}]`)).not.toBeNull();
    render(null, popup);
  });

  it('keeps hostile page text as text: markup, event handlers and quotes do not become elements or attributes', () => {
    const hostile = '<img src=x onerror="alert(1)"> "Lead" & \'PMO\' <script>alert(2)</script>';
    const held = answer(posting({ title: hostile, company: 'Acme" onmouseover="alert(3)', location: '</p><iframe src=//evil>' }));
    const page = parse(answerMarkup(held, TODAY)!);
    expect(page.querySelectorAll('img, script, iframe').length).toBe(0);
    expect([...page.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(page.querySelector('.job-title')!.textContent).toBe(hostile);
    expect(page.querySelector('.job-meta')!.textContent).toBe('Acme" onmouseover="alert(3) · </p><iframe src=//evil>');
  });

  it('quotes the advert’s words in an attribute without leaving it', () => {
    const held = answer(posting({ text: posting().text.replace('Closing date: 14 December 2026.', 'Closing date: 14 December 2026 "urgent" <b>.') }));
    const page = parse(answerMarkup(held, TODAY)!);
    for (const label of page.querySelectorAll('.glance-label')) expect(label.getAttributeNames()).toEqual(['class', 'title']);
  });

  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('shows nothing for what is not an answer', () => {
    expect(answerMarkup({ state: 'no-advert', reason: 'No advert here' }, TODAY)).toBeNull();
    expect(answerMarkup({ state: 'error', message: 'boom' }, TODAY)).toBeNull();
  });

  it('stays bounded: an answer too big to send quickly is left to the popup', () => {
    const held = answer();
    const huge = { ...held, posting: { ...held.posting, title: 'PMO Analyst '.repeat(5000) } };
    expect(answerMarkup(huge, TODAY)).toBeNull();
    expect(answerMarkup(held, TODAY)!.length).toBeLessThanOrEqual(MAX_MARKUP_CHARS);
  });

  it('shows at most the certifications the popup keeps in view', () => {
    const held = answer();
    const cert = held.analysis.certificationsMentioned[0]!;
    const many = { ...held, analysis: { ...held.analysis, certificationsMentioned: Array.from({ length: 30 }, () => cert) } };
    const page = parse(answerMarkup(many, TODAY)!);
    expect(page.querySelectorAll('.cert-item').length).toBe(10);
    expect(page.querySelector('details.more > summary')!.textContent).toBe('Show 20 more');
  });

  it('shows the reader’s fit as the popup does, so nothing below it moves when the popup takes over', () => {
    const p = posting();
    const held = { state: 'ok' as const, posting: p, analysis: analyze(p, { held: ['prince2-practitioner'], skills: [], tools: [], clearance: null, targetLevel: null }) };
    expect(held.analysis.fit).toBeDefined();
    const page = parse(answerMarkup(held, NOW())!);
    const popup = popupRender(held);
    for (const selector of ['.fit-count', '.fit-line', 'details > summary', '.office-badge', '.cert-name']) {
      // The popup goes on below (recommendations, skills, the save button): the page shows its top.
      const shown = texts(page, selector);
      expect(shown.length, selector).toBeGreaterThan(0);
      expect(shown, selector).toEqual(texts(popup, selector).slice(0, shown.length));
    }
    render(null, popup);
  });

  it('says plainly when the advert is not a PMO role, without a level', () => {
    const p = posting({ title: 'Staff Nurse', text: 'Staff Nurse\nCare for patients on a busy surgical ward. NMC registration required. Band 5.' });
    const page = parse(answerMarkup(answer(p), TODAY)!);
    expect(page.querySelector('.level-card')).toBeNull();
    expect(page.textContent).toContain('This doesn’t look like a PMO role');
  });
});
