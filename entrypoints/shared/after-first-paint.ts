/**
 * Runs `work` once the page has been painted: the held answer that came with the popup page goes
 * on screen before the popup's script and render take the main thread. A page out of view is given no
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
