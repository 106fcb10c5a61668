import type { KeyValueArea } from './area';
import { TOMBSTONES_KEY } from './keys';
import { emptyStamps, type Stamps } from './schema';

/** id -> when it was deleted here, so sync does not bring it back. */
export type Tombstones = Stamps;
const MAX_TOMBSTONES = 500;

export async function readTombstones(area: KeyValueArea): Promise<Tombstones> {
  const raw = (await area.get([TOMBSTONES_KEY]))[TOMBSTONES_KEY];
  const out = emptyStamps();
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [id, at] of Object.entries(raw)) if (typeof at === 'string') out[id] = at;
  }
  return out;
}

/** What is stored: the most recent deletions, as a plain object whose own keys keep every id. */
export function tombstonesValue(t: Tombstones): Record<string, string> {
  const all = Object.entries(t).sort((a, b) => (a[1] < b[1] ? 1 : -1));
  return Object.fromEntries(all.slice(0, MAX_TOMBSTONES));
}
