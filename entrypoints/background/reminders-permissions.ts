import { browser } from 'wxt/browser';

/**
 * What reminders need from the browser. Both are asked for only when the reader turns
 * reminders on; a browser that cannot make one optional (Firefox holds `alarms` as an
 * ordinary permission, with no prompt) has it already, and only the rest is asked for.
 */
export const REMINDER_PERMISSIONS = ['alarms', 'notifications'] as const;
type ReminderPermission = (typeof REMINDER_PERMISSIONS)[number];

/** The reminder permissions this build declares optional: the ones a request may ask for. */
export function optionalReminderPermissions(): ReminderPermission[] {
  const declared = new Set<string>((browser.runtime.getManifest().optional_permissions ?? []) as string[]);
  return REMINDER_PERMISSIONS.filter((p) => declared.has(p));
}

export function hasReminderPermissions(): Promise<boolean> {
  return browser.permissions.contains({ permissions: [...REMINDER_PERMISSIONS] }).catch(() => false);
}

/**
 * Asks the browser. Must be called straight from the reader's click (before any await), as
 * both browsers allow a permission request only while handling user input.
 */
export function requestReminderPermissions(): Promise<boolean> {
  const ask = optionalReminderPermissions();
  return ask.length ? browser.permissions.request({ permissions: ask }) : hasReminderPermissions();
}

/** Gives back what reminders asked for, once the reader turns them off. */
export function releaseReminderPermissions(): Promise<boolean> {
  const held = optionalReminderPermissions();
  return held.length ? browser.permissions.remove({ permissions: held }).catch(() => false) : Promise.resolve(true);
}
