import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extract } from '../lib/extract';

/**
 * Injected on demand by the background (host access on the boards, activeTab elsewhere) to read
 * the advert on screen with every reader; returns the Posting, or null.
 */
export default defineUnlistedScript(() => {
  try {
    return extract(document, { url: location.href });
  } catch {
    return null;
  }
});
