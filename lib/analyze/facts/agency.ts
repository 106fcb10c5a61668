import type { Facts } from '../../analysis';
import { loadFactRules } from './rules';
import { anyOf, snippet } from './words';

type Agency = NonNullable<Facts['agency']>;

let compiled: { agency: RegExp; own: RegExp } | null = null;
function compile() {
  const rules = loadFactRules();
  return { agency: anyOf(rules.agencyCues.map((c) => c.phrase), 'i'), own: anyOf(rules.employerCues.map((c) => c.phrase), 'i') };
}

/**
 * Whether a recruitment agency placed the advert: the board's own mark first, then the
 * agency's wording ("our client", "on behalf of"); an advert in the employer's own voice
 * ("join our team") is the employer's. Null when it cannot be told.
 */
export function readAgency(text: string, marked: { name: string } | null | undefined): Agency | null {
  if (marked?.name) return { isAgency: true, name: marked.name, text: marked.name };
  const cues = (compiled ??= compile());
  const agency = cues.agency.exec(text);
  if (agency) return { isAgency: true, name: null, text: snippet(text, agency.index, agency.index + agency[0].length) };
  const own = cues.own.exec(text);
  if (own) return { isAgency: false, name: null, text: snippet(text, own.index, own.index + own[0].length) };
  return null;
}
