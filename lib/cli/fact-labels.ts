import { z } from 'zod';
import { ClearanceId, ClearanceRequirement, ContractType, Currency, PayPeriod, WorkplaceType } from '../analysis';

/**
 * The advert facts a labelled advert states, without the evidence text. A closing date
 * written without a year is labelled "--MM-DD" and matches any year.
 */
export const FactLabelsSchema = z.strictObject({
  closingDate: z.string().regex(/^(?:\d{4}|-)-\d{2}-\d{2}$/).nullable(),
  pay: z.strictObject({ min: z.number().nullable(), max: z.number().nullable(), currency: Currency, period: PayPeriod }).nullable(),
  contract: z.strictObject({ type: ContractType, months: z.number().nullable(), ir35: z.enum(['inside', 'outside']).nullable() }).nullable(),
  hours: z.strictObject({ type: z.enum(['full-time', 'part-time']), perWeek: z.number().nullable() }).nullable(),
  workplace: z.strictObject({ type: WorkplaceType, daysOnSite: z.number().nullable() }).nullable(),
  clearance: z.strictObject({ level: ClearanceId, requirement: ClearanceRequirement }).nullable(),
  grade: z.strictObject({ scheme: z.string(), value: z.string() }).nullable(),
  tools: z.array(z.string()),
  agency: z.boolean().nullable(),
});
export type FactLabels = z.infer<typeof FactLabelsSchema>;
