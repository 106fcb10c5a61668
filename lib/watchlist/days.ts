/** A job closing within this many days (today included) is marked "closing soon". */
export const CLOSING_SOON_DAYS = 7;

/** Whole days from `today` to `day` (negative once passed). */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
