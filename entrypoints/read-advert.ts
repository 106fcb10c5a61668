import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extract } from '../lib/extract';

/**
 * Injected on demand by the background (host access on the boards, activeTab elsewhere) to read
 * the advert on screen with every reader; returns the Posting, or null, and how long reading took.
 */
export default defineUnlistedScript(() => {
  const started = performance.now();
  let posting = null;
  try {
    posting = extract(document, { url: location.href });
  } catch {
    posting = null;
  }
  return { posting, readMs: performance.now() - started };
});
