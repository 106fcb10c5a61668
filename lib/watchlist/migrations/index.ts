import { CURRENT_VERSION } from '../schema';
import { MigrationError, type KeyedDoc, type Migration, type Reject } from './types';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';
import { v3ToV4 } from './v3-to-v4';

export { MigrationError, type KeyedDoc, type Migration, type Reject } from './types';

/** Every step from the first stored format to the current one, in order. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4];

/** The version of a value found under the version 1/2 key, or null when it is not ours. */
export function detectLegacyVersion(value: unknown): number | null {
  if (Array.isArray(value)) return 1;
  if (value && typeof value === 'object' && 'version' in value) {
    const v = (value as { version: unknown }).version;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  }
  return null;
}

/**
 * Runs the chain in memory from `fromVersion` to `target`. Version 1 and 2 documents come
 * from the single `watchlist` key; from version 3 on a step gets the per-key layout read back
 * as one KeyedDoc. Pure: the caller writes the result only when every step succeeded, so a
 * failure leaves stored data as it was.
 */
export function migrate(
  doc: unknown,
  fromVersion: number,
  steps: readonly Migration[] = MIGRATIONS,
  target = CURRENT_VERSION,
): { doc: KeyedDoc; rejects: Reject[] } {
  let current = doc;
  let version = fromVersion;
  const rejects: Reject[] = [];
  while (version < target) {
    const step = steps.find((s) => s.from === version);
    if (!step) throw new MigrationError(`no migration from version ${version}`, version);
    let result;
    try {
      result = step.up(current);
    } catch (err) {
      if (err instanceof MigrationError) throw err;
      throw new MigrationError(`migration ${step.from}→${step.to} failed: ${err instanceof Error ? err.message : String(err)}`, version);
    }
    current = result.doc;
    rejects.push(...result.rejects);
    version = step.to;
  }
  const out = current as Partial<KeyedDoc> | null;
  if (!out || !(out.entries instanceof Map)) throw new MigrationError(`migrated data has no entries`, fromVersion);
  return { doc: { version, entries: out.entries }, rejects };
}
