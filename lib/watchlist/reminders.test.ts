import { describe, expect, it } from 'vitest';
import {
  CATCH_UP_MS,
  DEFAULT_REMINDER_SETTINGS,
  closingDateOf,
  markSent,
  parseReminderName,
  planReminders,
  readReminderSettings,
  readSent,
  reconcile,
  reminderName,
  reminderText,
  stillDue,
  writeReminderSettings,
  type Schedulable,
} from './reminders';
import { MemoryArea } from '../../tests/watchlist/helpers';

const ON = { ...DEFAULT_REMINDER_SETTINGS, enabled: true, daysBeforeClose: 3, daysAfterApplied: 7 };
/** Local times, so the plan reads the same in any time zone the tests run in. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const NOW = local(2026, 12, 1, 14, 30);

type Facts = { closingDate: { date: string; text: string } | null };

function job(id: string, over: Partial<Schedulable> & { closingDate?: string | null; facts?: Facts } = {}): Schedulable {
  const { closingDate = null, facts, ...rest } = over;
  return {
    id,
    status: 'saved',
    updatedAt: local(2026, 11, 28, 10).toISOString(),
    posting: { title: 'PMO Analyst', company: 'Northgate Rail Partnership', closingDate },
    analysis: facts === undefined ? {} : { facts },
    ...rest,
  };
}

describe('which reminders the watchlist calls for', () => {
  it('a saved job with a closing date: at 9 in the morning, N days before it closes', () => {
    const [r, ...more] = planReminders([job('reed:1', { closingDate: '2026-12-14' })], ON, NOW);
    expect(more).toEqual([]);
    expect(r).toMatchObject({ kind: 'closing', entryId: 'reed:1', when: local(2026, 12, 11, 9).getTime() });
  });

  it('the closing date read from the advert facts wins over the board’s', () => {
    const e = job('reed:1', { closingDate: '2026-12-20', facts: { closingDate: { date: '2026-12-14', text: 'Closing date: 14 December 2026' } } });
    expect(closingDateOf(e)).toBe('2026-12-14');
    expect(planReminders([e], ON, NOW)[0]!.when).toBe(local(2026, 12, 11, 9).getTime());
  });

  it('jobs without a closing date, or with one that is not a date, get no closing reminder', () => {
    expect(planReminders([job('a'), job('b', { closingDate: 'Ongoing' }), job('c', { facts: { closingDate: null } })], ON, NOW)).toEqual([]);
  });

  it('a job applied for gets no closing reminder but a follow-up N days after the last change', () => {
    const applied = job('reed:2', { status: 'applied', closingDate: '2026-12-14', updatedAt: local(2026, 11, 30, 16).toISOString() });
    const plan = planReminders([applied], ON, NOW);
    expect(plan.map((p) => p.kind)).toEqual(['follow-up']);
    expect(plan[0]!.when).toBe(local(2026, 11, 30, 16).getTime() + 7 * 86_400_000);
  });

  it('jobs in other states (interviewing, rejected, closed…) get nothing', () => {
    const others = ['interviewing', 'offer', 'rejected', 'withdrawn', 'closed'].map((status, i) => job(`x${i}`, { status, closingDate: '2026-12-14' }));
    expect(planReminders(others, ON, NOW)).toEqual([]);
  });

  it('a reminder already due but still useful comes soon; a job already closed gets none', () => {
    const closesTomorrow = job('soon', { closingDate: '2026-12-02' });
    const closed = job('gone', { closingDate: '2026-11-30' });
    const plan = planReminders([closesTomorrow, closed], ON, NOW);
    expect(plan.map((p) => p.entryId)).toEqual(['soon']);
    expect(plan[0]!.when).toBe(NOW.getTime() + CATCH_UP_MS);
  });

  it('a follow-up long overdue (reminders turned on months after applying) is not sent', () => {
    const old = job('old', { status: 'applied', updatedAt: local(2026, 9, 1).toISOString() });
    expect(planReminders([old], ON, NOW)).toEqual([]);
  });

  it('nothing when reminders are off, and never a reminder already shown', () => {
    const e = job('reed:1', { closingDate: '2026-12-14' });
    expect(planReminders([e], { ...ON, enabled: false }, NOW)).toEqual([]);
    const [r] = planReminders([e], ON, NOW);
    expect(planReminders([e], ON, NOW, new Set([r!.name]))).toEqual([]);
  });
});

describe('rescheduling on change', () => {
  const e = job('reed:1', { closingDate: '2026-12-14' });
  const alarms = (names: string[]) => names.map((name) => ({ name, scheduledTime: 0 }));

  it('creates what is missing and keeps what is already set', () => {
    const plan = planReminders([e], ON, NOW);
    expect(reconcile(plan, [])).toEqual({ clear: [], create: [{ name: plan[0]!.name, when: plan[0]!.when }] });
    expect(reconcile(plan, alarms([plan[0]!.name]))).toEqual({ clear: [], create: [] });
  });

  it('a changed closing date or a new number of days moves the reminder', () => {
    const before = planReminders([e], ON, NOW);
    for (const after of [planReminders([{ ...e, posting: { ...e.posting, closingDate: '2026-12-18' } }], ON, NOW), planReminders([e], { ...ON, daysBeforeClose: 5 }, NOW)]) {
      const change = reconcile(after, alarms(before.map((p) => p.name)));
      expect(change.clear).toEqual([before[0]!.name]);
      expect(change.create.map((c) => c.when)).toEqual([after[0]!.when]);
      expect(after[0]!.when).not.toBe(before[0]!.when);
    }
  });

  it('applying moves a job from the closing reminder to the follow-up', () => {
    const before = planReminders([e], ON, NOW);
    const after = planReminders([{ ...e, status: 'applied', updatedAt: NOW.toISOString() }], ON, NOW);
    const change = reconcile(after, alarms(before.map((p) => p.name)));
    expect(change.clear).toEqual([before[0]!.name]);
    expect(change.create).toHaveLength(1);
    expect(parseReminderName(change.create[0]!.name)?.kind).toBe('follow-up');
  });

  it('turned off or the job removed: every reminder is cleared, other alarms are left alone', () => {
    const set = alarms([...planReminders([e], ON, NOW).map((p) => p.name), 'someone-else']);
    expect(reconcile(planReminders([e], { ...ON, enabled: false }, NOW), set).clear).toEqual([set[0]!.name]);
    expect(reconcile(planReminders([], ON, NOW), set).clear).toEqual([set[0]!.name]);
  });

  it('an alarm that goes off after the job changed does not notify', () => {
    const [r] = planReminders([e], ON, NOW);
    const at = new Date(r!.when);
    expect(stillDue(r!.name, e, ON, at)).toBe(true);
    expect(stillDue(r!.name, { ...e, status: 'applied' }, ON, at)).toBe(false);
    expect(stillDue(r!.name, null, ON, at)).toBe(false);
    expect(stillDue(r!.name, e, { ...ON, enabled: false }, at)).toBe(false);
  });
});

describe('names, words and stored state', () => {
  it('a name carries any job id back whole', () => {
    const id = 'https://jobs.example.org/pmo|analyst?ref=1';
    expect(parseReminderName(reminderName('closing', 1765443600000, id))).toEqual({ kind: 'closing', due: 1765443600000, entryId: id });
    expect(parseReminderName('some-other-alarm')).toBeNull();
  });

  it('the notification names the job, the employer and when it closes', () => {
    const t = reminderText('closing', job('a', { closingDate: '2026-12-04' }), NOW);
    expect(t.title).toBe('Closing soon: PMO Analyst');
    expect(t.message).toMatch(/^PMO Analyst at Northgate Rail Partnership closes on .+ \(in 3 days\)\./);
    expect(reminderText('closing', job('a', { closingDate: '2026-12-02' }), NOW).message).toContain('closes tomorrow');
    expect(reminderText('follow-up', job('a', { status: 'applied', updatedAt: local(2026, 11, 24, 14, 30).toISOString() }), NOW).message).toContain('7 days ago');
  });

  it('settings read back as written; damaged settings read as off', async () => {
    const area = new MemoryArea();
    expect(await readReminderSettings(area)).toEqual(DEFAULT_REMINDER_SETTINGS);
    await writeReminderSettings(area, ON);
    expect(await readReminderSettings(area)).toEqual(ON);
    area.load({ 'settings:reminders': { enabled: 'yes' } });
    expect((await readReminderSettings(area)).enabled).toBe(false);
  });

  it('shown reminders are remembered, and old records forgotten', async () => {
    const area = new MemoryArea();
    await markSent(area, 'old', local(2026, 1, 1));
    await markSent(area, 'new', NOW);
    expect(Object.keys(await readSent(area))).toEqual(['new']);
  });
});
