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

/**
 * Runs `work` once the page has been painted: the held answer that came with the page goes on
 * screen before the popup's own render takes the main thread. A page out of view is given no
 * frames, so a timer runs it all the same.
 */
export function afterFirstPaint(work: () => void, latestMs = 50): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  // A frame's callbacks run before its paint; a task queued from there runs after it.
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, latestMs);
}
