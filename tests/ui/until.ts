import { act } from 'preact/test-utils';

/**
 * Lets a mounted Preact page run (storage replies, effects, timers) until `check` holds, in
 * steps of `step` ms (10 unless given); fails naming `what`, with `detail()` added when given (say, the page's text).
 */
export async function until(check: () => boolean, what: string, { rounds = 2000, step = 10, detail }: { rounds?: number; step?: number; detail?: () => string } = {}) {
  for (let i = 0; i < rounds; i++) {
    if (check()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, step));
    });
  }
  throw new Error(`timed out waiting for ${what}${detail ? `: ${detail()}` : ''}`);
}
