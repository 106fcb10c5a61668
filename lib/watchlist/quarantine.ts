import type { KeyValueArea } from './area';
import { idOfEntryKey, isSnapshotKey, QUARANTINE_KEY } from './keys';
import { QuarantineSchema, type QuarantineItem } from './schema';

/** What was set aside. Nothing saved is removed before it is here. */
export async function readQuarantine(area: KeyValueArea): Promise<QuarantineItem[]> {
  const raw = (await area.get([QUARANTINE_KEY]))[QUARANTINE_KEY];
  if (raw === undefined) return [];
  const parsed = QuarantineSchema.safeParse(raw);
  // A damaged quarantine is itself kept: shown as one item holding the whole value.
  return parsed.success ? parsed.data.items : [{ from: QUARANTINE_KEY, id: null, reason: 'unreadable quarantine', at: '', value: raw }];
}

export interface QuarantineSummary {
  /** Jobs set aside whole: no longer listed. */
  jobs: number;
  /** Jobs still listed whose advert text alone was set aside. */
  textsOnly: number;
  /** Anything else kept: a damaged index or index record, an older copy, a value in a format this version does not know. */
  other: number;
}

/** Sorts what was set aside by what the reader lost, so a notice never counts a listed job as unreadable. */
export function describeQuarantine(items: readonly QuarantineItem[]): QuarantineSummary {
  const whole = new Set<string>();
  const texts = new Set<string>();
  let other = 0;
  for (const item of items) {
    if (isSnapshotKey(item.from) && item.id !== null) texts.add(item.id);
    else if (idOfEntryKey(item.from) !== null || /^v\d/.test(item.from)) whole.add(item.id ?? `\u0000${item.from}${item.at}`);
    else other++;
  }
  const textsOnly = [...texts].filter((id) => !whole.has(id)).length;
  return { jobs: whole.size, textsOnly, other };
}

/** The quarantine with `items` added after what it already holds. */
export function withSetAside(existing: readonly QuarantineItem[], items: readonly QuarantineItem[]) {
  return { [QUARANTINE_KEY]: { items: [...existing, ...items] } };
}
