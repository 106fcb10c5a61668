import type { ContractType, WorkplaceType } from '../analysis';
import { CLOSING_SOON_DAYS, daysBetween } from './days';
import type { Summary } from './summary';

/** How the watchlist words the advert facts, in the table, its filters and the insights. */

export const CONTRACT_LABELS: Record<ContractType, string> = {
  permanent: 'Permanent',
  'fixed-term': 'Fixed term',
  contract: 'Contract',
  interim: 'Interim',
  temporary: 'Temporary',
  secondment: 'Secondment',
};

export const WORKPLACE_LABELS: Record<WorkplaceType, string> = { remote: 'Remote', hybrid: 'Hybrid', 'on-site': 'On site' };

/** "SC", "Public Trust": the labels data/holdings.json gives each clearance level. */
export { clearanceLabel } from '../profile/clearance';

const SYMBOLS: Record<string, string> = { GBP: '£', USD: '$', EUR: '€' };

/** 47810 -> "£47,810"; another currency keeps its code ("AUD 95,000"). */
const GROUPED = new Intl.NumberFormat('en-GB');

export function money(amount: number, currency: string): string {
  // One formatter for every figure: toLocaleString builds a new one per call, slow in a table of pay.
  const n = GROUPED.format(Math.round(amount));
  const sym = SYMBOLS[currency];
  return sym ? `${sym}${n}` : `${currency} ${n}`;
}

/** The annual pay range, "£47,810–£54,710", or one figure when only one is known. */
export function payRange(pay: NonNullable<Summary['pay']>): string {
  const { min, max, currency } = pay;
  if (min !== null && max !== null && min !== max) return `${money(min, currency)}–${money(max, currency)}`;
  return money((min ?? max)!, currency);
}

/** "closes today", "in 3 days", "closed 2 days ago". */
export function closingWhen(closing: string, today: string): string {
  const d = daysBetween(today, closing);
  if (d === 0) return 'closes today';
  if (d === 1) return 'closes tomorrow';
  if (d > 1) return `in ${d} days`;
  return d === -1 ? 'closed yesterday' : `closed ${-d} days ago`;
}

export const CLOSING_SOON_LABEL = `Closing soon (within ${CLOSING_SOON_DAYS} days)`;
