import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, batches, importBackup, readBackup } from './backup';
import { exportJson } from './export';
import { snapshotKey, SNAPSHOT_MAX_CHARS, type Entry } from './schema';
import { WatchlistStore } from './store';
import { MemoryArea, makeAnalysis, postings } from '../../tests/watchlist/helpers';

const MESSAGE_LIMIT = 64 * 1024 * 1024;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

async function sample(): Promise<Entry> {
  return (await new WatchlistStore(new MemoryArea()).save(postings(1)[0]!, makeAnalysis())).entry;
}

describe('backups in batches', () => {
  it('a backup over 64 MiB (1,400 jobs with full advert text) is sent in batches each far under the message limit', async () => {
    const base = await sample();
    // Non-ASCII text: three bytes a character once encoded, the worst case for the limit.
    const text = '€ PMO reporting '.repeat(SNAPSHOT_MAX_CHARS / 16).slice(0, SNAPSHOT_MAX_CHARS);
    const entries = Array.from({ length: 1_400 }, (_, i) => ({ ...base, id: `reed:${i}`, snapshot: { text, truncated: false } }));
    const backup = exportJson(entries);
    expect(bytes(backup)).toBeGreaterThan(MESSAGE_LIMIT);
    const seen: number[] = [];
    const progress: [number, number][] = [];
    const report = await importBackup(
      backup,
      async (batch) => {
        seen.push(batch.length);
        expect(bytes(JSON.stringify({ type: 'watchlistImportBatch', data: { entries: batch } }))).toBeLessThan(MESSAGE_LIMIT / 4);
        return { added: batch.length, updated: 0, unchanged: 0 };
      },
      (done, total) => progress.push([done, total]),
    );
    expect(report).toEqual({ added: 1_400, updated: 0, unchanged: 0, rejected: [] });
    expect(seen.reduce((a, b) => a + b, 0)).toBe(1_400);
    expect(progress[0]).toEqual([0, 1_400]);
    expect(progress.at(-1)).toEqual([1_400, 1_400]);
    expect(progress.length).toBe(seen.length + 1);
  }, 60_000);

  it('keeps order and puts an entry larger than a batch on its own', async () => {
    const base = await sample();
    const small = (id: string) => ({ ...base, id });
    const big = { ...base, id: 'big', notes: 'x'.repeat(5_000) };
    const out = batches([small('a'), small('b'), big, small('c')], 4_000);
    expect(out.map((b) => b.map((e) => e.id))).toEqual([['a', 'b'], ['big'], ['c']]);
    expect(BATCH_CHARS).toBeLessThan(MESSAGE_LIMIT / 12);
  });

  it('a batch that fails says how many jobs were imported before it', async () => {
    const base = await sample();
    const backup = exportJson([base, { ...base, id: 'reed:2', notes: 'y'.repeat(3_000) }]);
    let calls = 0;
    const failing = async (batch: Entry[]) => {
      if (calls++) throw new Error('Browser storage is full');
      return { added: batch.length, updated: 0, unchanged: 0 };
    };
    await expect(importBackup(backup, failing, undefined, 3_000)).rejects.toThrow('Import stopped after 1 of 2 jobs: Browser storage is full');
  });

  it('reading a backup reports advert text it could not read rather than leaving it out silently', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const saved = [];
    for (const p of postings(3)) saved.push((await store.save(p, makeAnalysis())).entry);
    area.load({ [snapshotKey(saved[1]!.id)]: { text: 12345 } });
    const progress: number[] = [];
    const backup = await readBackup(area, saved.map((e) => e.id), (done) => progress.push(done));
    expect(backup.entries).toHaveLength(3);
    expect(backup.unreadableTexts).toBe(1);
    expect(progress.at(-1)).toBe(3);
  });
});
