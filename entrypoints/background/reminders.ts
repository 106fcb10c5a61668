import { browser } from 'wxt/browser';
import type { Handlers } from '../../lib/messages';
import {
  ReminderSettingsSchema,
  REMINDER_SETTINGS_KEY,
  isReminderName,
  markSent,
  parseReminderName,
  planReminders,
  readReminderSettings,
  readSent,
  reconcile,
  reminderText,
  stillDue,
  writeReminderSettings,
  type ReminderStatus,
} from '../../lib/watchlist/reminders';
import { INDEX_KEY } from '../../lib/watchlist/keys';
import type { WatchlistStore } from '../../lib/watchlist/store';
import { wxtArea } from '../shared/storage-area';
import { hasReminderPermissions } from './reminders-permissions';
import type { Sender } from './sender';
import { debugLog } from './debug-log';

/**
 * Reminders in the browser: alarms set from the plan in lib/watchlist/reminders, a local
 * notification when one goes off. The alarms and notifications APIs exist only once the reader
 * has granted them, so every use looks them up afresh.
 */

const local = wxtArea('local');
/** Edits come in bursts (a status change, then notes): one reschedule after them. */
const RESCHEDULE_DELAY_MS = 500;

type AlarmsApi = typeof browser.alarms;
type Alarm = Parameters<Parameters<AlarmsApi['onAlarm']['addListener']>[0]>[0];
interface ReminderApis {
  alarms: AlarmsApi;
  notifications: typeof browser.notifications;
}

function apis(): ReminderApis | null {
  // Absent until granted, whatever the types say.
  const b = browser as Partial<ReminderApis>;
  return b.alarms && b.notifications ? { alarms: b.alarms, notifications: b.notifications } : null;
}

async function activeApis(): Promise<ReminderApis | null> {
  const found = apis();
  return found && (await hasReminderPermissions()) ? found : null;
}

/** Sets the browser's alarms to the plan; returns how many reminders wait. */
async function reschedule(store: WatchlistStore): Promise<number> {
  const api = await activeApis();
  if (!api) return 0;
  const settings = await readReminderSettings(local);
  const plan = settings.enabled ? planReminders(await store.listStored(), settings, new Date(), new Set(Object.keys(await readSent(local)))) : [];
  const { clear, create } = reconcile(plan, await api.alarms.getAll());
  await Promise.all(clear.map((name) => api.alarms.clear(name)));
  await Promise.all(create.map(({ name, when }) => api.alarms.create(name, { when })));
  return plan.length;
}

async function onAlarm(store: WatchlistStore, alarm: Alarm): Promise<void> {
  const parsed = parseReminderName(alarm.name);
  const api = apis();
  if (!parsed || !api) return;
  const now = new Date();
  const [settings, entry] = await Promise.all([readReminderSettings(local), store.get(parsed.entryId)]);
  // Recorded first: a notification that fails to show is not retried at every reschedule.
  await markSent(local, alarm.name, now);
  if (!entry || !stillDue(alarm.name, entry, settings, now)) return;
  const { title, message } = reminderText(parsed.kind, entry, now);
  await api.notifications.create(alarm.name, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
}

async function onNotificationClicked(id: string): Promise<void> {
  if (!isReminderName(id)) return;
  await apis()?.notifications.clear(id);
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
}

async function status(): Promise<ReminderStatus> {
  const settings = await readReminderSettings(local);
  const granted = await hasReminderPermissions();
  const alarms = granted ? ((await apis()?.alarms.getAll()) ?? []) : [];
  return { settings, granted, scheduled: alarms.filter((a) => isReminderName(a.name)).length };
}

/**
 * Call once, synchronously, from defineBackground. Listeners go on at once when the APIs are
 * there (so an alarm that wakes the background is heard), or as soon as the reader grants them.
 */
export function registerReminders(store: WatchlistStore): Handlers<Sender> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One at a time: reschedules and alarms going off all read and write the sent records.
  let chain: Promise<unknown> = Promise.resolve();
  const queue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  };
  const run = () => queue(() => reschedule(store));
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(() => undefined), RESCHEDULE_DELAY_MS);
  };

  let listening = false;
  const listen = () => {
    const api = apis();
    if (listening || !api) return;
    listening = true;
    api.alarms.onAlarm.addListener((alarm) => void queue(() => onAlarm(store, alarm)).catch(() => debugLog.count('reminder failed')));
    api.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(() => undefined));
  };
  listen();
  browser.permissions.onAdded.addListener(() => {
    listen();
    later();
  });
  // Taken back in the browser's own settings: reminders are off until the reader turns them on again.
  browser.permissions.onRemoved.addListener(() => {
    void hasReminderPermissions().then(async (ok) => {
      if (!ok) await writeReminderSettings(local, { ...(await readReminderSettings(local)), enabled: false });
    });
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (INDEX_KEY in changes || REMINDER_SETTINGS_KEY in changes)) later();
  });
  later();

  debugLog.reminders = {
    /** Moves every waiting reminder to go off `ms` from now: the browser tests see one fire without waiting days. */
    async fireSoon(ms = 1000): Promise<string[]> {
      await run();
      const api = apis();
      if (!api) return [];
      const names = (await api.alarms.getAll()).map((a) => a.name).filter(isReminderName);
      await Promise.all(names.map((name) => api.alarms.create(name, { when: Date.now() + ms })));
      return names;
    },
  };

  return {
    remindersGet: () => status(),
    async remindersSet(request) {
      const settings = ReminderSettingsSchema.parse(request);
      if (settings.enabled && !(await hasReminderPermissions())) {
        throw new Error('The browser has not allowed notifications, so reminders stay off');
      }
      await writeReminderSettings(local, settings);
      await run();
      return status();
    },
  };
}
