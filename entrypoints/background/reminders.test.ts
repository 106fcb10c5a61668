import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, createSender } from '../../lib/messages';
import { WatchlistStore } from '../../lib/watchlist/store';
import { REMINDERS_SENT_KEY, isReminderName, parseReminderName } from '../../lib/watchlist/reminders';
import { wxtArea } from '../shared/storage-area';
import { registerReminders } from './reminders';
import type { Sender } from './sender';
import { makeAnalysis, makePosting } from '../../tests/watchlist/helpers';

/** The fake browser has no permissions API: this one holds what the "reader" granted. */
function fakePermissions(held: Set<string>) {
  Object.assign(fakeBrowser, {
    permissions: {
      contains: async ({ permissions = [] }: { permissions?: string[] }) => permissions.every((p) => held.has(p)),
      onAdded: { addListener: () => undefined },
      onRemoved: { addListener: () => undefined },
    },
  });
}

const day = (offset: number) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const ON = { enabled: true, daysBeforeClose: 3, daysAfterApplied: 7 };

async function setUp(held: string[]) {
  fakePermissions(new Set(held));
  const store = new WatchlistStore(wxtArea('local'));
  const router = createRouter(registerReminders(store), { isTrusted: () => true });
  const send = createSender((m) => router(m, { id: 'own' } as Sender) ?? Promise.resolve(undefined));
  const reminders = async () => (await fakeBrowser.alarms.getAll()).filter((a) => isReminderName(a.name));
  return { store, send, reminders };
}

describe('reminders in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses to turn on without the browser’s permission, and sets no alarm', async () => {
    const { store, send, reminders } = await setUp([]);
    await store.save(makePosting({ closingDate: day(10) }), makeAnalysis());
    await expect(send('remindersSet', ON)).rejects.toThrow(/not allowed notifications/);
    expect((await send('remindersGet', {})).settings.enabled).toBe(false);
    expect(await reminders()).toEqual([]);
  });

  it('turned on: one alarm per saved job with a closing date; turned off: none', async () => {
    const { store, send, reminders } = await setUp(['alarms', 'notifications']);
    const { entry } = await store.save(makePosting({ closingDate: day(10) }), makeAnalysis());
    await store.save(makePosting({ jobId: '2', closingDate: null }), makeAnalysis());
    const status = await send('remindersSet', ON);
    expect(status).toMatchObject({ granted: true, scheduled: 1 });
    expect((await reminders()).map((a) => parseReminderName(a.name)?.entryId)).toEqual([entry.id]);
    expect((await send('remindersSet', { ...ON, enabled: false })).scheduled).toBe(0);
    expect(await reminders()).toEqual([]);
  });

  it('an alarm going off shows a local notification once, and not for a job applied for since', async () => {
    const { store, send, reminders } = await setUp(['alarms', 'notifications']);
    const { entry } = await store.save(makePosting({ closingDate: day(2) }), makeAnalysis());
    const other = (await store.save(makePosting({ jobId: '2', title: 'PMO Manager', closingDate: day(2) }), makeAnalysis())).entry;
    await send('remindersSet', ON);
    const [first, second] = await reminders();
    await store.update(other.id, { status: 'applied' });
    for (const alarm of [first!, second!]) await fakeBrowser.alarms.onAlarm.trigger(alarm);
    const sentNames = async () => Object.keys(((await fakeBrowser.storage.local.get(REMINDERS_SENT_KEY))[REMINDERS_SENT_KEY] ?? {}) as object);
    for (let i = 0; i < 100 && (await sentNames()).length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    const shown = await fakeBrowser.notifications.getAll();
    const mine = [first!, second!].find((a) => parseReminderName(a.name)?.entryId === entry.id)!;
    expect(Object.keys(shown)).toEqual([mine.name]);
    expect((shown[mine.name] as { title: string }).title).toBe('Closing soon: PMO Analyst');
    expect((await sentNames()).sort()).toEqual([first!.name, second!.name].sort());
    // Shown once: rescheduling does not set it again.
    await send('remindersSet', ON);
    expect((await reminders()).map((a) => a.name)).not.toContain(mine.name);
  });
});
