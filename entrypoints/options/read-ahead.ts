import { browser } from 'wxt/browser';
import { LISTING_KEYS, PAGE_OPEN_KEYS } from '../../lib/watchlist/keys';
import { readAhead } from '../../lib/watchlist/read-ahead';
import { wxtArea } from '../shared/storage-area';

/**
 * Local storage for the watchlist page, its read of everything shown at open begun as this
 * module is evaluated: main.tsx imports it first, so the browser reads storage while the rest
 * of the page's code is evaluated and first drawn.
 */
export const localArea = readAhead(wxtArea('local'), [...LISTING_KEYS, ...PAGE_OPEN_KEYS], (listener) => {
  const onChanged = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local') listener(Object.keys(changes));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
});
