import { kind, outermost, words, type Match, type Scanned } from '../scan';
import type { TitleSignals } from './signals';
import { overlaps, type Cue, type Scores } from './types';

export const PMO_FEATURES = [
  'handSet',
  'pmoTitle',
  'deliveryTitle',
  'weakDeliveryTitle',
  'otherFieldTitle',
  'genericTitle',
  'noTitleCue',
  'bodyEvidence',
  'deliveryBody',
  'deliveryTitleBody',
  'selfIntro',
] as const;
export type PmoFeature = (typeof PMO_FEATURES)[number];
export type Notice = { code: 'not-pmo' | 'delivery-role'; message: string };

/** Each distinct phrase counted at most twice. */
function perPhrase(list: ReadonlyArray<Match>): number {
  const seen = new Map<string, { w: number; n: number }>();
  for (const m of list) {
    const key = m.entry.phrase.toLowerCase();
    const s = seen.get(key);
    if (s) s.n++;
    else seen.set(key, { w: (m.entry.payload as { weight: number }).weight, n: 1 });
  }
  let total = 0;
  for (const { w, n } of seen.values()) total += w * Math.min(n, 2);
  return total;
}

/** "rather than lead projects", "will not manage projects": the advert says the role does not do it. */
const NEGATION = new Set(['not', 'never', 'than', 'instead', 'without', 'no']);
const negated = (body: Scanned, m: Match) => body.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => NEGATION.has(t.norm));

/** How much the body reads like project office work, less how much like delivery. */
export function bodyEvidence(body: Scanned, duties: Scores, selfHits: number): { evidence: number; delivery: number } {
  const delivery = perPhrase(kind(body, 'deliveryBody').filter((m) => !negated(body, m)));
  const support = duties.administrator + duties.analyst;
  const evidence = perPhrase(kind(body, 'pmoBody')) + 0.4 * support + 0.3 * (duties.manager + duties.director) + (selfHits ? 2 : 0) - delivery;
  return { evidence, delivery };
}

/** The cues of the PMO-or-not model, each on a scale near 0..1. */
export function pmoFeatures(sig: TitleSignals, ev: { evidence: number; delivery: number }, selfHits: number, handSet: boolean): Record<PmoFeature, number> {
  const delivery = sig.strongDelivery.length > 0 || sig.weakDelivery.length > 0;
  const b = Math.max(-2, Math.min(3, ev.evidence / 5));
  return {
    handSet: handSet ? 1 : -1,
    pmoTitle: sig.strongPmo.length || sig.specificKb.length ? 1 : 0,
    deliveryTitle: sig.strongDelivery.length ? 1 : 0,
    weakDeliveryTitle: sig.weakDelivery.length ? 1 : 0,
    otherFieldTitle: sig.other.length && !sig.pmoSpans.some((p) => !overlaps(p, sig.other)) ? 1 : 0,
    genericTitle: sig.genericKb.length || sig.weakPmo.length ? 1 : 0,
    noTitleCue: sig.roles.length + sig.kbTitles.length + sig.strongPmo.length + sig.weakPmo.length === 0 ? 1 : 0,
    bodyEvidence: b,
    deliveryBody: Math.min(2, ev.delivery / 3),
    deliveryTitleBody: delivery ? b : 0,
    selfIntro: selfHits ? 1 : 0,
  };
}

/** Why an advert is not read as a PMO role, as evidence lines. */
export function notPmoCues(title: Scanned | null, body: Scanned, sig: TitleSignals, notice: Notice | undefined, evidence: number): Cue[] {
  const why: Cue[] = [];
  const d = sig.strongDelivery[0] ?? sig.weakDelivery[0];
  if (notice?.code === 'delivery-role' && d && title) why.push({ kind: 'not-pmo', text: words(title, d), reason: `'${words(title, d)}' is a delivery role -> not a PMO role` });
  else if (sig.other[0] && title) why.push({ kind: 'not-pmo', text: words(title, sig.other[0]), reason: `'${words(title, sig.other[0])}' is a job outside project offices -> not a PMO role` });
  else why.push({ kind: 'not-pmo', text: (title?.text.trim() || body.text.slice(0, 60)).trim(), reason: `Little project office work in the text (evidence ${evidence.toFixed(1)}) -> not a PMO role` });
  for (const m of outermost(kind(body, 'deliveryBody')).slice(0, 2)) {
    why.push({ kind: 'not-pmo', text: words(body, m), reason: `'${words(body, m)}' describes delivery or other work, not a project office` });
  }
  return why;
}
