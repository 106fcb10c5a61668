import { AnalysisSchema, type Analysis, type ProfileInput } from '../../lib/analysis';
import { analyze } from '../../lib/analyze/index';
import { postingFromText } from '../../lib/posting';

/** A short PMO body that names no level, so the title decides. */
export const NEUTRAL_PMO_BODY =
  'You will join our project management office, supporting project managers across the portfolio with plans, RAID logs, status reports and governance.';

export function advert(title: string, body: string = NEUTRAL_PMO_BODY, profile?: ProfileInput): Analysis {
  const a = analyze(postingFromText(`${title}\n\n${body}`), profile);
  AnalysisSchema.parse(a);
  return a;
}

export function requirementOf(a: Analysis, family: string): string | undefined {
  return a.certificationsMentioned.find((c) => c.family === family)?.requirement;
}
