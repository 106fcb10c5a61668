// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { TabResult } from '../../lib/messages';
import { analystAnalysis, analystPosting } from '../../tests/popup/fixtures';
import { byTestId, fakeDeps, fakeWatchlist, mount, settle, unmount } from '../../tests/popup/render';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) unmount(root);
  root = null;
});

const ok = (posting = analystPosting(), analysis = analystAnalysis()): TabResult => ({ state: 'ok', posting, analysis });

async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
  await settle();
}

describe('result view', () => {
  it('shows title, company, level, office and the certifications named, strongest first', async () => {
    const deps = fakeDeps(ok());
    root = await mount(deps);
    expect(deps.analyzeTab).toHaveBeenCalledWith(7);
    expect(root.querySelector('h1')?.textContent).toBe('PMO Analyst – Digital Transformation Programme');
    expect(root.textContent).toContain('Northgate Water Services');

    const [level] = byTestId(root, 'level');
    expect(level?.textContent).toContain('Supporting portfolios, programmes and projects');
    expect(level?.textContent).toContain('PMO Learning level 2');
    expect(level?.textContent).toContain('Fairly sure');
    expect(level?.querySelector('details summary')?.textContent).toMatch(/why/i);
    expect(level?.querySelector('details')?.textContent).toContain('maintain the RAID log');

    expect(byTestId(root, 'office')[0]?.textContent).toContain('Programme office');

    const mentioned = byTestId(root, 'cert-mentioned');
    expect(mentioned).toHaveLength(3);
    expect(mentioned.map((m) => m.querySelector('.req')?.textContent)).toEqual(['Required', 'Desirable', 'Mentioned']);
    expect(mentioned[0]?.textContent).toContain('P3O Foundation');
    expect(mentioned[2]?.textContent).toContain('Replaced in 2021 by Essentials for PMO Administrators');
  });

  it('ranks recommendations, ticks held ones, marks the next step and warns on uncertain ones', async () => {
    root = await mount(fakeDeps(ok()));
    const recs = byTestId(root, 'cert-recommended');
    expect(recs.map((r) => r.querySelector('.rec-name')?.textContent)).toEqual([
      'P3O Foundation',
      'Essentials for PMO Analysts',
      'PRINCE2 Foundation',
    ]);
    expect(recs[0]?.textContent).toContain('Your next step');
    expect(recs[0]?.textContent).toContain('The advert requires it');
    expect(recs[1]?.querySelector('.rec-uncertain')?.textContent).toContain('check with the provider');
    expect(recs[0]?.querySelector('.rec-uncertain')).toBeNull();
    expect(recs[2]?.textContent).toContain('You hold this');
    expect(recs[2]?.querySelector('.rec-rank')?.textContent).toBe('✓');
  });

  it('keeps the top three recommendations open and folds the rest, all still counted', async () => {
    const base = analystAnalysis().recommendations[0]!;
    const recs = Array.from({ length: 6 }, (_, i) => ({ ...base, id: `rec-${i}`, name: `Recommendation ${i}`, score: 1 - i / 10, nextStep: false }));
    root = await mount(fakeDeps(ok(analystPosting(), analystAnalysis({ recommendations: recs }))));
    expect(byTestId(root, 'cert-recommended')).toHaveLength(6);
    const more = root.querySelector('details.more');
    expect(more?.querySelector('summary')?.textContent).toBe('Show 3 more');
    expect(byTestId(more!, 'cert-recommended').map((r) => r.querySelector('.rec-name')?.textContent)).toEqual([
      'Recommendation 3',
      'Recommendation 4',
      'Recommendation 5',
    ]);
  });

  it('renders only https links, in a new tab without opener or referrer', async () => {
    root = await mount(fakeDeps(ok()));
    const links = Array.from(byTestId(root, 'cert-recommended')[0]!.querySelectorAll('.rec-links a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.peoplecert.org/p3o', 'https://www.lumifywork.com/p3o']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(root.innerHTML).not.toContain('http://insecure.example.com');
    for (const a of Array.from(root.querySelectorAll('a'))) expect(a.getAttribute('href'), a.textContent ?? '').toMatch(/^https:\/\//);
  });

  it('ticks the named certifications the analysis marks held', async () => {
    root = await mount(fakeDeps(ok()));
    const mentioned = byTestId(root, 'cert-mentioned');
    const prince2 = mentioned.find((m) => m.textContent?.includes('PRINCE2 Foundation'));
    expect(prince2?.textContent).toContain('You hold this');
    expect(mentioned.filter((m) => m.textContent?.includes('You hold this'))).toHaveLength(1);
  });

  it('shows skills as chips', async () => {
    root = await mount(fakeDeps(ok()));
    expect(Array.from(root.querySelectorAll('.chip')).map((c) => c.textContent)).toEqual(['RAID log', 'Highlight reporting', 'Excel', 'Power BI']);
  });

  it('shows markup in page text as characters, never as elements', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const posting = analystPosting({ title: `${hostile} PMO Manager`, company: '<script>alert(2)</script>' });
    const analysis = analystAnalysis();
    analysis.level.evidence.push({ text: '<b>bold</b>', reason: '<i>reason</i>' });
    analysis.certificationsMentioned.push({ id: 'mop', family: 'mop', requirement: 'required', text: '<svg onload=alert(3)>' });
    root = await mount(fakeDeps(ok(posting, analysis)));
    expect(root.querySelector('img, script, svg, b, i')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe(`${hostile} PMO Manager`);
    expect(root.textContent).toContain('<script>alert(2)</script>');
    expect(root.textContent).toContain('<svg onload=alert(3)>');
  });

  it('lays out a very long title and 40 certifications', async () => {
    const title = `Senior PMO Analyst ${'(Portfolio Reporting, Governance and Assurance) '.repeat(30)}${'X'.repeat(400)}`;
    const analysis = analystAnalysis({
      certificationsMentioned: Array.from({ length: 40 }, (_, i) => ({
        id: `cert-${i}`,
        family: 'prince2',
        requirement: (['required', 'desirable', 'mentioned'] as const)[i % 3]!,
        text: `Certification number ${i} with a long official name`,
      })),
    });
    root = await mount(fakeDeps(ok(analystPosting({ title }), analysis)));
    expect(root.querySelector('h1')?.textContent).toBe(title.trim());
    expect(byTestId(root, 'cert-mentioned')).toHaveLength(40);
    // The first ten stay open; the rest fold behind one disclosure, still in the page.
    const more = root.querySelector('details.more');
    expect(more?.querySelector('summary')?.textContent).toBe('Show 30 more');
    expect(byTestId(more!, 'cert-mentioned')).toHaveLength(30);
    expect(byTestId(root, 'save-job')).toHaveLength(1);
  });

  it('says when an advert was cut short', async () => {
    const posting = analystPosting({ truncated: true, text: 'PMO Analyst '.repeat(10_000) });
    root = await mount(fakeDeps(ok(posting)));
    expect(root.textContent).toContain(`only the first ${(120_000).toLocaleString('en-GB')} characters were read`);
  });

  it('flags an advert in another language', async () => {
    const analysis = analystAnalysis({
      isPmoRole: false,
      level: { id: null, confidence: 0, evidence: [] },
      language: 'de',
      notices: [{ code: 'language', message: 'Only English adverts are analysed.' }],
      recommendations: [],
    });
    root = await mount(fakeDeps(ok(analystPosting({ title: 'PMO-Analyst (m/w/d)' }), analysis)));
    expect(root.textContent).toContain('This advert seems to be in German');
    expect(root.textContent).toContain('Only English adverts are analysed.');
    expect(byTestId(root, 'not-a-job')).toHaveLength(0);
  });

  it('says when a role is not a PMO role but still lists the certifications it names', async () => {
    const analysis = analystAnalysis({
      isPmoRole: false,
      level: { id: null, confidence: 0.2, evidence: [] },
      recommendations: [],
      notices: [{ code: 'delivery-role', message: 'This is a project delivery role, not a PMO role.' }],
    });
    root = await mount(fakeDeps(ok(analystPosting({ title: 'Project Manager' }), analysis)));
    expect(root.textContent).toContain('This doesn’t look like a PMO role');
    expect(root.textContent).toContain('This is a project delivery role, not a PMO role.');
    expect(byTestId(root, 'level')).toHaveLength(0);
    expect(byTestId(root, 'cert-mentioned')).toHaveLength(3);
  });

  it('passes on other notices from the matcher', async () => {
    const analysis = analystAnalysis({ notices: [{ code: 'delivery-role', message: 'Parts of this role are project delivery rather than PMO.' }] });
    root = await mount(fakeDeps(ok(analystPosting(), analysis)));
    expect(root.textContent).toContain('Parts of this role are project delivery rather than PMO.');
    expect(byTestId(root, 'level')).toHaveLength(1);
  });

  it('saves to the watchlist and shows the saved status', async () => {
    const watchlist = fakeWatchlist();
    root = await mount(fakeDeps(ok(), { watchlist }));
    const button = byTestId(root, 'save-job')[0];
    expect(button?.textContent).toBe('Save to watchlist');
    await click(button);
    expect(watchlist.save).toHaveBeenCalledTimes(1);
    expect(byTestId(root, 'save-job')[0]?.textContent).toBe('Saved · Interested');
    await click(byTestId(root, 'save-job')[0]);
    expect(watchlist.save).toHaveBeenCalledTimes(1);
  });

  it('shows an advert already on the watchlist as saved, with its status', async () => {
    root = await mount(fakeDeps(ok(), { watchlist: fakeWatchlist('applied') }));
    expect(byTestId(root, 'save-job')[0]?.textContent).toBe('Saved · Applied');
    unmount(root);
    root = await mount(fakeDeps(ok(), { watchlist: fakeWatchlist('saved') }));
    expect(byTestId(root, 'save-job')[0]?.textContent).toBe('Saved to watchlist');
  });

  it('reports a failed save and lets the reader try again', async () => {
    const watchlist = fakeWatchlist();
    watchlist.save = vi.fn(async () => {
      throw new Error('storage is full');
    });
    root = await mount(fakeDeps(ok(), { watchlist }));
    await click(byTestId(root, 'save-job')[0]);
    expect(root.textContent).toContain('Could not save: storage is full');
    expect(byTestId(root, 'save-job')[0]?.textContent).toBe('Save to watchlist');
  });

  it('opens the watchlist page', async () => {
    const deps = fakeDeps(ok());
    root = await mount(deps);
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Open watchlist'));
    expect(deps.openWatchlist).toHaveBeenCalled();
  });
});

describe('highlighting', () => {
  it('is off by default and sends nothing to the page', async () => {
    const deps = fakeDeps(ok());
    root = await mount(deps);
    const toggle = root.querySelector<HTMLInputElement>('#highlight-toggle');
    expect(toggle?.checked).toBe(false);
    expect(root.querySelector('label[for="highlight-toggle"]')?.textContent).toBe('Highlight on page');
    expect(deps.highlight).not.toHaveBeenCalled();
  });

  it('remembers the choice and sends certification and evidence phrases to the tab', async () => {
    const deps = fakeDeps(ok());
    root = await mount(deps);
    await click(root.querySelector('#highlight-toggle'));
    expect(deps.saveHighlightSetting).toHaveBeenCalledWith(true);
    expect(deps.highlight).toHaveBeenCalledWith(7, expect.arrayContaining(['P3O Foundation', 'BCS PPSO Essentials', 'maintain the RAID log']));
    await click(root.querySelector('#highlight-toggle'));
    expect(deps.saveHighlightSetting).toHaveBeenLastCalledWith(false);
    expect(deps.highlight).toHaveBeenLastCalledWith(7, []);
  });

  it('says so when nothing on the page could be highlighted', async () => {
    const deps = fakeDeps(ok(), { highlight: vi.fn(async () => 0) });
    root = await mount(deps);
    await click(root.querySelector('#highlight-toggle'));
    expect(root.querySelector('.toggle')?.textContent).toContain('Nothing to highlight on this page.');
  });

  it('highlights at once when the setting was left on', async () => {
    const deps = fakeDeps(ok(), { loadHighlightSetting: vi.fn(async () => true) });
    root = await mount(deps);
    expect(deps.highlight).toHaveBeenCalledWith(7, expect.arrayContaining(['P3O Foundation']));
  });
});

describe('states', () => {
  it('shows loading while the answer is on its way, announced politely', async () => {
    let resolve: (r: TabResult) => void = () => undefined;
    const pending = new Promise<TabResult>((r) => (resolve = r));
    const onAnswer = vi.fn();
    root = await mount(fakeDeps(() => pending, { onAnswer }));
    expect(root.textContent).toContain('Reading the advert');
    expect(root.querySelector('[role="status"][aria-live="polite"]')?.textContent).toContain('Reading the advert');
    expect(onAnswer).not.toHaveBeenCalled();
    resolve(ok());
    await settle();
    expect(byTestId(root, 'level')).toHaveLength(1);
    expect(root.querySelector('[role="status"][aria-live="polite"]')?.textContent).toContain('PMO Analyst, PMO Learning level 2');
    expect(onAnswer).toHaveBeenCalledWith('result', false);
  });

  it('offers selection and paste where no advert was found', async () => {
    const deps = fakeDeps({ state: 'no-advert', reason: 'No job advert on this page.' });
    root = await mount(deps);
    const [state] = byTestId(root, 'not-a-job');
    expect(state?.textContent).toContain('No job advert found');
    expect(state?.textContent).toContain('No job advert on this page.');
    expect(Array.from(state!.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Analyse selected text', 'Analyse']);
    expect(state?.querySelector('label[for="paste-text"]')).not.toBeNull();
    expect(byTestId(root, 'save-job')).toHaveLength(0);
  });

  it('analyses the selected text', async () => {
    const deps = fakeDeps({ state: 'no-advert', reason: '' }, { readSelection: vi.fn(async () => 'PMO Analyst\nKeep the RAID log.') });
    root = await mount(deps);
    deps.analyzeText = vi.fn(async () => ok(analystPosting({ source: 'selection' })));
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Analyse selected text'));
    expect(deps.readSelection).toHaveBeenCalledWith(7);
    expect(deps.analyzeText).toHaveBeenCalledWith('PMO Analyst\nKeep the RAID log.', 'selection');
    expect(byTestId(root, 'level')).toHaveLength(1);
    expect(root.textContent).toContain('From the text you selected');
    // The selection lives in the tab, so its phrases can be highlighted there.
    expect(root.querySelector('#highlight-toggle')).not.toBeNull();
  });

  it('asks for a selection when nothing is selected', async () => {
    const deps = fakeDeps({ state: 'no-advert', reason: '' });
    root = await mount(deps);
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Analyse selected text'));
    expect(deps.analyzeText).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Nothing is selected');
  });

  it('analyses pasted text', async () => {
    const deps = fakeDeps({ state: 'no-advert', reason: '' });
    root = await mount(deps);
    deps.analyzeText = vi.fn(async () => ok(analystPosting({ source: 'text' })));
    const textarea = root.querySelector<HTMLTextAreaElement>('#paste-text')!;
    await act(() => {
      textarea.value = 'Head of PMO\nLead the enterprise portfolio office.';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Analyse'));
    expect(deps.analyzeText).toHaveBeenCalledWith('Head of PMO\nLead the enterprise portfolio office.', 'text');
    expect(byTestId(root, 'level')).toHaveLength(1);
    // Pasted text has no page to mark, and the page itself can be read again.
    expect(root.querySelector('#highlight-toggle')).toBeNull();
    deps.analyzeTab = vi.fn(async () => ok());
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Read this page again'));
    expect(deps.analyzeTab).toHaveBeenCalledWith(7);
  });

  it('explains restricted pages and still offers the paste box', async () => {
    root = await mount(fakeDeps({ state: 'restricted', reason: 'Browser settings pages cannot be read.' }));
    expect(root.textContent).toContain('This page can’t be read');
    expect(root.textContent).toContain('Browser settings pages cannot be read.');
    expect(root.querySelector('#paste-text')).not.toBeNull();
    expect(byTestId(root, 'level')).toHaveLength(0);
  });

  it('shows an error with a retry that asks again', async () => {
    let calls = 0;
    const deps = fakeDeps(async () => {
      calls++;
      if (calls === 1) throw new Error('The background did not answer');
      return ok();
    });
    root = await mount(deps);
    expect(root.textContent).toContain('The background did not answer');
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Retry'));
    expect(calls).toBe(2);
    expect(byTestId(root, 'level')).toHaveLength(1);
  });

  it('shows an error state sent by the background', async () => {
    root = await mount(fakeDeps({ state: 'error', message: 'Extraction failed' }));
    expect(root.textContent).toContain('Extraction failed');
    expect(Array.from(root.querySelectorAll('button')).some((b) => b.textContent === 'Retry')).toBe(true);
  });

  it('treats a window without a tab as no advert, with the paste box', async () => {
    root = await mount(fakeDeps(ok(), { resolveTabId: vi.fn(async () => null) }));
    expect(byTestId(root, 'not-a-job')).toHaveLength(1);
    expect(Array.from(root.querySelectorAll('button')).some((b) => b.textContent === 'Analyse selected text')).toBe(false);
  });
});

describe('accessibility basics', () => {
  it('labels every form control and gives every button a name', async () => {
    root = await mount(fakeDeps({ state: 'no-advert', reason: '' }));
    for (const control of Array.from(root.querySelectorAll('input, textarea, select'))) {
      expect(root.querySelector(`label[for="${control.id}"]`), control.outerHTML).not.toBeNull();
    }
    for (const button of Array.from(root.querySelectorAll('button'))) {
      expect(button.textContent?.trim()).not.toBe('');
    }
  });

  it('uses one h1 and h2 section headings in the result', async () => {
    root = await mount(fakeDeps(ok()));
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    const h2 = Array.from(root.querySelectorAll('h2')).map((h) => h.textContent);
    expect(h2).toEqual(expect.arrayContaining(['This advert asks for', 'Recommended for this role', 'Skills found', 'Office type']));
  });
});
