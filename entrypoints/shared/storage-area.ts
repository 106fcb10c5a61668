import { browser } from 'wxt/browser';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { SyncArea } from '../../lib/watchlist/sync';

export type AreaName = 'local' | 'sync';

const itemKey = (name: AreaName, k: string) => `${name}:${k}` as StorageItemKey;

/**
 * browser.storage through @wxt-dev/storage, shaped as the small interface lib/watchlist
 * works over. setItems maps to one storage set() call per area, which the browser applies
 * as a whole, so an entry and the index that lists it are written together.
 */
export function wxtArea(name: AreaName): SyncArea {
  const key = (k: string) => itemKey(name, k);
  return {
    async get(keys) {
      if (!keys.length) return {};
      const items = await storage.getItems(keys.map(key));
      const out: Record<string, unknown> = {};
      items.forEach((item, i) => {
        if (item.value !== null && item.value !== undefined) out[keys[i]!] = item.value;
      });
      return out;
    },
    async set(items) {
      const list = Object.entries(items).map(([k, value]) => ({ key: key(k), value }));
      if (list.length) await storage.setItems(list);
    },
    async remove(keys) {
      if (keys.length) await storage.removeItems(keys.map(key));
    },
    async keys() {
      // getKeys (Chrome 130+) lists keys without reading every value.
      const area = browser.storage[name] as { getKeys?: () => Promise<string[]> };
      if (typeof area.getKeys === 'function') return area.getKeys();
      return Object.keys(await storage.snapshot(name));
    },
    async getAll() {
      return storage.snapshot(name);
    },
  };
}

/** Follows one key; the callback gets the new value (null when removed). */
export function watchKey<T>(name: AreaName, k: string, cb: (value: T | null, old: T | null) => void): () => void {
  return storage.watch<T>(itemKey(name, k), cb);
}
