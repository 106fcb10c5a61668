import { WITH_PAGE_ATTRIBUTE } from '../../lib/popup-page/marker';

/**
 * Where the popup renders when popup.html came with the held answer already in it (Chromium,
 * entrypoints/background/popup-page.ts): into a hidden element beside that answer, shown in its
 * place once the popup's own first answer is in the DOM, in the same frame, so the reader sees
 * no gap and no spinner between the two. Null when the page came without an answer.
 */
export function answerWithPage(root: HTMLElement): { container: HTMLElement; takeOver(): void } | null {
  const held = root.querySelector(`[${WITH_PAGE_ATTRIBUTE}]`);
  if (!held) return null;
  const container = document.createElement('div');
  container.hidden = true;
  root.append(container);
  return {
    container,
    takeOver() {
      held.remove();
      container.hidden = false;
    },
  };
}
