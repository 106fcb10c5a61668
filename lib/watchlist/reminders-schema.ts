import { z } from 'zod';

/** The reminder settings and status as stored and as messages carry them (kept apart so the popup's messages need no scheduling code). */

export const ReminderSettingsSchema = z.object({
  enabled: z.boolean(),
  daysBeforeClose: z.number().int().min(1).max(30),
  daysAfterApplied: z.number().int().min(1).max(60),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { enabled: false, daysBeforeClose: 3, daysAfterApplied: 7 };

export const ReminderStatusSchema = z.object({
  settings: ReminderSettingsSchema,
  /** Whether the browser allows the alarms and notifications reminders need. */
  granted: z.boolean(),
  /** Reminders waiting to be shown. */
  scheduled: z.number().int().nonnegative(),
});
export type ReminderStatus = z.infer<typeof ReminderStatusSchema>;
