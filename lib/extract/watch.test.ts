// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Posting } from '../posting';
import { watchPostingChanges } from './watch';

const pane = (id: string, title: string, duty: string) => `
  <div class="job-details-jobs-unified-top-card__company-name"><a href="/company/c/">Kingsbridge Ports</a></div>
  <div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/${id}/">${title}</a></h1></div>
  <div id="job-details"><p>Kingsbridge Ports is hiring into its enterprise PMO this year.</p><ul><li>${duty}</li><li>Support the portfolio board</li></ul></div>`;

const URL_A = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';
const URL_B = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000002';

describe('watchPostingChanges', () => {
  let win: Window & { location: { href: string } };
  let container: HTMLElement;
  let seen: (Posting | null)[];
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<ul class="cards"><li>Card list</li></ul><div class="jobs-search__job-details--container"></div>`;
    container = document.querySelector('.jobs-search__job-details--container')!;
    container.innerHTML = pane('4100000001', 'PMO Analyst', 'Run the RAID log');
    // The address is read through the window passed in, so a test can move it like a SPA does.
    win = Object.assign(Object.create(window), { location: { href: URL_A } });
    win.addEventListener = window.addEventListener.bind(window);
    win.removeEventListener = window.removeEventListener.bind(window);
    seen = [];
    stop = watchPostingChanges(document, win, (p) => seen.push(p));
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('reports nothing while the job on screen stays the same', async () => {
    await vi.advanceTimersByTimeAsync(5000);
    container.innerHTML = pane('4100000001', 'PMO Analyst', 'Run the RAID log'); // same job re-rendered
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual([]);
  });

  it('re-reads once after a burst of description mutations, after the debounce', async () => {
    const li = container.querySelector('li')!;
    for (const word of ['Run', 'Own', 'Chair']) {
      li.textContent = `${word} the RAID log`;
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.text).toContain('• Chair the RAID log');
    expect(seen[0]!.jobId).toBe('4100000001');
  });

  it('follows a split-view switch whose address changes before the pane does', async () => {
    win.location.href = URL_B;
    await vi.advanceTimersByTimeAsync(3000);
    // The pane still shows job A: nothing new to report yet.
    expect(seen).toEqual([]);
    container.innerHTML = pane('4100000002', 'Portfolio Office Manager', 'Lead the portfolio office');
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ title: 'Portfolio Office Manager', jobId: '4100000002', source: 'linkedin' });
    expect(seen[0]!.url).toBe('https://www.linkedin.com/jobs/view/4100000002/');
  });

  it('re-reads on popstate as well as by polling the address', async () => {
    container.innerHTML = pane('4100000002', 'Portfolio Office Manager', 'Lead the portfolio office');
    win.location.href = URL_B;
    window.dispatchEvent(new Event('popstate'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen.map((p) => p?.jobId)).toEqual(['4100000002']);
  });

  it('reports null when the advert goes away, and nothing after stop()', async () => {
    container.innerHTML = '';
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual([null]);
    stop();
    container.innerHTML = pane('4100000002', 'Portfolio Office Manager', 'Lead the portfolio office');
    win.location.href = URL_B;
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual([null]);
  });

  it('still re-reads a page that never stops mutating, at most every maxWait', async () => {
    const li = container.querySelector('li')!;
    for (let i = 0; i < 30; i++) {
      li.textContent = `Tick ${i} of a live counter`;
      await vi.advanceTimersByTimeAsync(100);
    }
    // 3 s of mutations every 100 ms: the 400 ms debounce alone would never fire; maxWait (2 s) does.
    expect(seen.length).toBe(1);
    expect(seen[0]!.text).toMatch(/Tick 1\d of a live counter/);
  });
});
