import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extract } from '@/lib/extract';

/** Injected on demand (activeTab) on pages without a board content script; returns the Posting. */
export default defineUnlistedScript(() => {
  try {
    return extract(document, { url: location.href });
  } catch {
    return null;
  }
});
