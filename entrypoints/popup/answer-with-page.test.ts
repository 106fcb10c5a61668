// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WITH_PAGE_ATTRIBUTE } from '../../lib/popup-page/marker';
import { answerWithPage } from './answer-with-page';

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
