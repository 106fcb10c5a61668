// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobSignature, watchJobChanges } from './watch';

const pane = (id: string, title: string, duty: string) => `
  <div class="top-card"><a href="/company/c/">Kingsbridge Ports</a></div>
  <h2><a href="/jobs/view/${id}/">${title}</a></h2>
  <div id="job-details"><h3>About the job</h3><p>Kingsbridge Ports is hiring into its enterprise PMO this year.</p><ul><li>${duty}</li></ul></div>`;

const URL_A = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';
const URL_B = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000002';

describe('watchJobChanges', () => {
  let win: Window & { location: { href: string } };
  let container: HTMLElement;
  let asked: number;
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<ul class="cards"><li>Card list</li></ul><div class="details"></div><span class="clock">0</span>`;
    container = document.querySelector('.details')!;
    container.innerHTML = pane('4100000001', 'PMO Analyst', 'Run the RAID log');
    // The address is read through the window passed in, so a test can move it like a SPA does.
    win = Object.assign(Object.create(window), { location: { href: URL_A } });
    win.addEventListener = window.addEventListener.bind(window);
    win.removeEventListener = window.removeEventListener.bind(window);
    asked = 0;
    stop = watchJobChanges(document, win, () => asked++);
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('asks once at the start, then not for a page that only ticks', async () => {
    expect(asked).toBe(1);
    await vi.advanceTimersByTimeAsync(4000);
    const clock = document.querySelector('.clock')!;
    for (let i = 1; i <= 30; i++) {
      clock.textContent = String(i);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(asked).toBe(1);
  });

  it('asks after a split-view switch, and again when the new pane arrives after the address', async () => {
    await vi.advanceTimersByTimeAsync(4000);
    win.location.href = URL_B;
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toBe(2);
    // The pane still showed job A when the address changed; it is replaced after the settle window.
    await vi.advanceTimersByTimeAsync(4000);
    container.innerHTML = pane('4100000002', 'Portfolio Office Manager', 'Lead the portfolio office');
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toBe(3);
  });

  it('keeps asking while a new job settles: its text may come after its heading', async () => {
    await vi.advanceTimersByTimeAsync(4000);
    container.innerHTML = '<h2>Portfolio Office Manager</h2>';
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toBe(2);
    container.insertAdjacentHTML('beforeend', '<div id="job-details"><p>Lead the portfolio office.</p></div>');
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toBe(3);
  });

  it('asks once after a burst of changes, after the debounce', async () => {
    await vi.advanceTimersByTimeAsync(4000);
    const h2 = container.querySelector('h2')!;
    for (const word of ['PMO Lead', 'PMO Manager', 'PMO Director']) {
      h2.textContent = word;
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(asked).toBe(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(asked).toBe(2);
  });

  it('follows popstate as well as polling the address, and stops when told', async () => {
    await vi.advanceTimersByTimeAsync(4000);
    win.location.href = URL_B;
    window.dispatchEvent(new Event('popstate'));
    await vi.advanceTimersByTimeAsync(450);
    expect(asked).toBe(2);
    stop();
    await vi.advanceTimersByTimeAsync(4000);
    win.location.href = URL_A;
    container.innerHTML = pane('4100000003', 'PMO Director', 'Chair the portfolio board');
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toBe(2);
  });

  it('still looks at a page that never stops mutating, at most every maxWait', async () => {
    await vi.advanceTimersByTimeAsync(4000);
    const h2 = container.querySelector('h2')!;
    for (let i = 0; i < 30; i++) {
      h2.textContent = `Job ${i}`;
      await vi.advanceTimersByTimeAsync(100);
    }
    // 3 s of changes every 100 ms: the 400 ms debounce alone would never fire; maxWait (2 s) does.
    expect(asked).toBe(2);
  });
});

describe('jobSignature', () => {
  it('changes with the address, the tab title and the headings, not with other text', () => {
    document.title = 'PMO Analyst | Kingsbridge Ports';
    document.body.innerHTML = '<h1>PMO Analyst</h1><p>Posted 3 minutes ago</p>';
    const before = jobSignature(document, URL_A);
    document.querySelector('p')!.textContent = 'Posted 4 minutes ago';
    expect(jobSignature(document, URL_A)).toBe(before);
    expect(jobSignature(document, URL_B)).not.toBe(before);
    document.querySelector('h1')!.textContent = 'PMO Manager';
    expect(jobSignature(document, URL_A)).not.toBe(before);
  });
});
