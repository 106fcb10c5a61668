import { words, type Match, type Scanned } from '../scan';
import type { Notice } from './pmo';
import type { TitleSignals } from './signals';
import { overlaps } from './types';

/**
 * The hand-set reading of PMO or not: the title first (delivery titles, other fields, PMO
 * words), the body's project office work where the title leaves it open. The fitted model
 * takes this as one of its cues and as its prior.
 */
/** Body evidence of project office work that makes a PMO-titled delivery post an office role. */
const GOVERNANCE_RUNNING = 6;

export function handSetPmo(title: Scanned | null, sig: TitleSignals, evidence: number, delivBody: number): { isPmo: boolean; notice?: Notice } {
  const quote = (m: Match) => `'${title ? words(title, m) : ''}'`;
  const titleText = title?.text.trim() ?? '';
  // A delivery title inside a PMO ("PMO Project Manager") is the office's own post when the
  // text is about running governance and reporting rather than delivering projects.
  const runsOffice = sig.strongPmo.length > 0 && evidence >= GOVERNANCE_RUNNING && delivBody < 1;
  if (sig.strongDelivery.length && sig.specificKb.length === 0 && !runsOffice) {
    const inside = sig.strongPmo.length ? ', even where it sits inside a PMO' : '';
    return { isPmo: false, notice: { code: 'delivery-role', message: `${quote(sig.strongDelivery[0]!)} is a delivery role: it runs the work itself rather than supporting it from a project, programme or portfolio office${inside}.` } };
  }
  if (sig.other.length && !sig.pmoSpans.some((p) => !overlaps(p, sig.other))) {
    return { isPmo: false, notice: { code: 'not-pmo', message: `The title ${quote(sig.other[0]!)} names a job outside project offices, so this is not read as a PMO role.` } };
  }
  if (sig.strongPmo.length || sig.specificKb.length) return { isPmo: true };
  if (sig.weakDelivery.length) {
    if (evidence >= 5) return { isPmo: true };
    return { isPmo: false, notice: { code: 'delivery-role', message: `${quote(sig.weakDelivery[0]!)} reads as a delivery role, and the text does not describe PMO work.` } };
  }
  if (sig.genericKb.length || sig.weakPmo.length) {
    if (evidence >= 2.2) return { isPmo: true };
    return { isPmo: false, notice: { code: 'not-pmo', message: `The title '${titleText}' can name a PMO support role, but the text describes no project office work.` } };
  }
  // Support job nouns (co-ordinator, administrator, assistant) often hide project support work.
  const supportNoun = sig.roles.some((r) => r.entry.payload.level === 'administrator' && r.entry.payload.weight >= 1.5);
  const hasTitleRole = sig.roles.length > 0 || sig.kbTitles.length > 0;
  if (evidence >= (supportNoun ? 2.1 : hasTitleRole ? 3 : 3.5) && delivBody < 2) return { isPmo: true };
  return { isPmo: false, notice: { code: 'not-pmo', message: notPmoMessage(titleText) } };
}

export function notPmoMessage(titleText: string): string {
  return titleText
    ? `Neither the title '${titleText.slice(0, 80)}' nor the duties describe a project, programme or portfolio office role.`
    : 'The text does not describe a project, programme or portfolio office role.';
}
