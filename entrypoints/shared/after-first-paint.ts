/**
 * Runs `work` once the page has been painted: the held answer that came with the popup page goes
 * on screen before the popup's script and render take the main thread. The first frame after a
 * browser start can take 100 ms or more, and work run before it only delays it further, so the
 * timer that stands in for a frame that never comes is long; a hidden page is given no frames
 * at all, so there the work runs at once.
 */
export function afterFirstPaint(work: () => void, latestMs = 1000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  if (document.visibilityState === 'hidden') return once();
  // A frame's callbacks run before its paint; a task queued from there runs after it.
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, latestMs);
}
