// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WITH_PAGE_ATTRIBUTE } from '../../lib/popup-page/marker';
import { afterFirstPaint, answerWithPage } from './answer-with-page';

afterEach(() => vi.useRealTimers());

describe('answerWithPage', () => {
  it('renders beside the answer that came with the page and shows the render in its place', () => {
    const root = document.createElement('div');
    root.innerHTML = `<div class="popup" ${WITH_PAGE_ATTRIBUTE}=""><h1>PMO Analyst</h1></div>`;
    const page = answerWithPage(root)!;
    expect(page.container.hidden).toBe(true);
    page.container.textContent = 'rendered';
    expect(root.textContent).toBe('PMO Analystrendered');
    page.takeOver();
    expect(root.querySelector(`[${WITH_PAGE_ATTRIBUTE}]`)).toBeNull();
    expect(page.container.hidden).toBe(false);
    expect(root.textContent).toBe('rendered');
  });

  it('is null for a page that came without an answer', () => {
    const root = document.createElement('div');
    expect(answerWithPage(root)).toBeNull();
    expect(root.children).toHaveLength(0);
  });
});

describe('afterFirstPaint', () => {
  it('runs once, even where no frame comes', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const work = vi.fn();
    afterFirstPaint(work, 50);
    vi.advanceTimersByTime(49);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('runs after the first frame, and not again when the timer fires', () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => ((frame = cb), 1));
    const work = vi.fn();
    afterFirstPaint(work, 50);
    frame!();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(work).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
