import { z } from 'zod';
import type { KeyValueArea } from './area';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettingsSchema, type ReminderSettings } from './reminders-schema';
import { closingDay, type ClosingSource } from './summary';

/**
 * Reminders, worked out from the watchlist alone: a nudge some days before a saved job closes,
 * and one some days after an application with nothing changed since. Everything here is pure;
 * the background turns the plan into browser alarms and notifications. Nothing leaves the
 * computer.
 */

export const REMINDER_SETTINGS_KEY = 'settings:reminders';
/** Reminders already shown, by name, so a rescheduling never shows one twice. */
export const REMINDERS_SENT_KEY = 'reminders:sent';

export { DEFAULT_REMINDER_SETTINGS, ReminderSettingsSchema, ReminderStatusSchema, type ReminderSettings, type ReminderStatus } from './reminders-schema';

export type ReminderKind = 'closing' | 'follow-up';

export interface PlannedReminder {
  /** Names the job, the kind and the time it was due, so a changed date makes a new reminder. */
  name: string;
  kind: ReminderKind;
  entryId: string;
  /** When to show it (ms since the epoch). */
  when: number;
}

/** What scheduling reads of a saved job. */
export interface Schedulable extends ClosingSource {
  id: string;
  status: string;
  updatedAt: string;
  posting: { title: string | null; company: string | null; closingDate: string | null };
}

const PREFIX = 'pmo-reminder';
const DAY_MS = 86_400_000;
/** Morning, local time: a reminder is read with the day ahead, not at midnight. */
const REMINDER_HOUR = 9;
/** A reminder already due when planned (reminders just turned on) is shown this soon. */
export const CATCH_UP_MS = 60_000;
/** Sent records are kept this long, past any reminder they could stop. */
const SENT_KEEP_MS = 120 * DAY_MS;

/** The name id comes last, so an id may hold any character. */
export const reminderName = (kind: ReminderKind, due: number, entryId: string) => `${PREFIX}|${kind}|${due}|${entryId}`;

export function parseReminderName(name: string): { kind: ReminderKind; due: number; entryId: string } | null {
  const m = /^pmo-reminder\|(closing|follow-up)\|(\d+)\|(.+)$/s.exec(name);
  return m ? { kind: m[1] as ReminderKind, due: Number(m[2]), entryId: m[3]! } : null;
}

export const isReminderName = (name: string) => parseReminderName(name) !== null;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day a saved job closes (YYYY-MM-DD), read as the watchlist table reads it; jobs without one get no closing reminder. */
export const closingDateOf = closingDay;

/** Local time on a calendar day, `shiftDays` from it (the Date constructor carries across months and clock changes). */
function localTime(day: string, shiftDays: number, hour: number, minute = 0): number | null {
  const m = ISO_DAY.exec(day);
  if (!m) return null;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + shiftDays, hour, minute).getTime();
  return Number.isNaN(t) ? null : t;
}

function closingReminder(entry: Schedulable, settings: ReminderSettings, now: number): { due: number; until: number } | null {
  // Only a job not yet applied for needs the reminder that it closes.
  if (entry.status !== 'saved') return null;
  const day = closingDateOf(entry);
  if (!day) return null;
  const due = localTime(day, -settings.daysBeforeClose, REMINDER_HOUR);
  const until = localTime(day, 0, 23, 59);
  return due === null || until === null || now > until ? null : { due, until };
}

function followUpReminder(entry: Schedulable, settings: ReminderSettings, now: number): { due: number; until: number } | null {
  if (entry.status !== 'applied') return null;
  const changed = Date.parse(entry.updatedAt);
  if (Number.isNaN(changed)) return null;
  const due = changed + settings.daysAfterApplied * DAY_MS;
  // A nudge far overdue (reminders turned on long after the application) would be noise.
  const until = due + settings.daysAfterApplied * DAY_MS;
  return now > until ? null : { due, until };
}

/**
 * The reminders the watchlist calls for now: none when reminders are off; one before each
 * saved job's closing date, one after each application left unchanged; never one already shown.
 */
export function planReminders(entries: readonly Schedulable[], settings: ReminderSettings, now: Date, sent: ReadonlySet<string> = new Set()): PlannedReminder[] {
  if (!settings.enabled) return [];
  const t = now.getTime();
  const out: PlannedReminder[] = [];
  for (const entry of entries) {
    for (const [kind, found] of [
      ['closing', closingReminder(entry, settings, t)],
      ['follow-up', followUpReminder(entry, settings, t)],
    ] as const) {
      if (!found) continue;
      const name = reminderName(kind, found.due, entry.id);
      if (sent.has(name)) continue;
      out.push({ name, kind, entryId: entry.id, when: Math.max(found.due, t + CATCH_UP_MS) });
    }
  }
  return out;
}

/** The alarm changes that make the browser's alarms match the plan; alarms that are not reminders are left alone. */
export function reconcile(planned: readonly PlannedReminder[], existing: readonly { name: string }[]): { clear: string[]; create: { name: string; when: number }[] } {
  const wanted = new Set(planned.map((p) => p.name));
  const have = new Set(existing.map((a) => a.name).filter(isReminderName));
  return {
    clear: [...have].filter((name) => !wanted.has(name)),
    create: planned.filter((p) => !have.has(p.name)).map(({ name, when }) => ({ name, when })),
  };
}

/** Whether an alarm that went off still stands for the job as it is now (not changed, applied for or removed since). */
export function stillDue(name: string, entry: Schedulable | null, settings: ReminderSettings, now: Date): boolean {
  const parsed = parseReminderName(name);
  if (!parsed || !entry || entry.id !== parsed.entryId) return false;
  return planReminders([entry], settings, now).some((p) => p.name === name);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** The notification's words: the job, and what to do about it. */
export function reminderText(kind: ReminderKind, entry: Schedulable, now: Date): { title: string; message: string } {
  const job = entry.posting.title?.trim() || 'A saved job';
  const at = entry.posting.company?.trim() ? ` at ${entry.posting.company.trim()}` : '';
  if (kind === 'closing') {
    const day = closingDateOf(entry);
    const closes = day ? localTime(day, 0, 0) : null;
    const days = closes === null ? null : Math.round((closes - localTime(isoDay(now), 0, 0)!) / DAY_MS);
    const when = closes === null ? 'soon' : days === 0 ? 'today' : days === 1 ? 'tomorrow' : `on ${dayFormat.format(closes)} (in ${days} days)`;
    return { title: `Closing ${days === 0 ? 'today' : 'soon'}: ${job}`, message: `${job}${at} closes ${when}. You saved it but have not applied yet.` };
  }
  const since = Math.max(1, Math.round((now.getTime() - Date.parse(entry.updatedAt)) / DAY_MS));
  return { title: `Follow up: ${job}`, message: `You applied for ${job}${at} ${since} days ago and nothing has changed since. A short follow-up may help.` };
}

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/* Stored state: the reader's settings and the reminders already shown, read without trusting them. */

export async function readReminderSettings(area: KeyValueArea): Promise<ReminderSettings> {
  const raw = (await area.get([REMINDER_SETTINGS_KEY]))[REMINDER_SETTINGS_KEY];
  const parsed = ReminderSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}

export async function writeReminderSettings(area: KeyValueArea, settings: ReminderSettings): Promise<void> {
  await area.set({ [REMINDER_SETTINGS_KEY]: ReminderSettingsSchema.parse(settings) });
}

const SentSchema = z.record(z.string(), z.number());

export async function readSent(area: KeyValueArea): Promise<Record<string, number>> {
  const parsed = SentSchema.safeParse((await area.get([REMINDERS_SENT_KEY]))[REMINDERS_SENT_KEY]);
  return parsed.success ? parsed.data : {};
}

/** Records a reminder as shown, forgetting records old enough to stop nothing. */
export async function markSent(area: KeyValueArea, name: string, now: Date): Promise<void> {
  const sent = await readSent(area);
  const kept = Object.fromEntries(Object.entries(sent).filter(([, at]) => now.getTime() - at < SENT_KEEP_MS));
  await area.set({ [REMINDERS_SENT_KEY]: { ...kept, [name]: now.getTime() } });
}
