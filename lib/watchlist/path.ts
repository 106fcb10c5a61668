import type { Profile } from '../analysis';
import { heldRule } from '../analyze/held';
import { examText } from '../knowledge/pathway';
import type { Certification } from '../knowledge/schemas';
import type { CertificationNamed } from './schema';

/** The certificate that would close the most gaps across the saved jobs, and what it takes. */
export interface CertificatePath {
  id: string;
  name: string;
  /** Saved jobs that ask for it, or for one it includes, and the reader lacks. */
  jobs: number;
  /** Of those, how many call it required. */
  required: number;
  total: number;
  /** Certificates to pass first, not yet held, earliest first. */
  chain: { id: string; name: string }[];
  /** Typical course days for the chain and the certificate, when every one of them says. */
  days: number | null;
  courses: { name: string; length: string }[];
  exam: string | null;
  /** "P3O Practitioner is asked by 5 of your 8 saved jobs; needs P3O Foundation first; about 5 days of courses for both". */
  sentence: string;
}

/** "2 days after the Foundation (5 days for both)" → 2; "32 hours of classroom training" → null. */
export function courseDays(length: string | undefined): number | null {
  const m = /(\d+(?:\.\d+)?)\s*(?:(?:to|–|-)\s*\d+(?:\.\d+)?\s*)?days?\b/i.exec(length ?? '');
  return m ? Number(m[1]) : null;
}

const listWords = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * Across the saved jobs, the certificate that covers the most requirements the reader misses
 * (holding P3O Practitioner covers an ask for P3O Foundation too, by the one held rule), more
 * jobs first, then more jobs that require it. Null when nothing asked is missing.
 */
export function certificatePath(entries: readonly { certs: readonly CertificationNamed[] }[], profile: Pick<Profile, 'held'>, certs: readonly Certification[]): CertificatePath | null {
  const byId = new Map(certs.map((c) => [c.id, c]));
  const isHeld = heldRule(profile.held, certs);
  const gaps = entries.map((e) => e.certs.filter((c) => !isHeld(c)));
  const candidates = new Set(gaps.flat().map((c) => c.id).filter((id) => byId.get(id)?.status === 'current'));
  let best: { id: string; jobs: number; required: number } | null = null;
  for (const id of candidates) {
    const covers = heldRule([id], certs);
    let jobs = 0;
    let required = 0;
    for (const g of gaps) {
      const met = g.filter(covers);
      if (!met.length) continue;
      jobs++;
      if (met.some((c) => c.requirement === 'required')) required++;
    }
    if (!best || jobs > best.jobs || (jobs === best.jobs && required > best.required) || (jobs === best.jobs && required === best.required && id < best.id)) {
      best = { id, jobs, required };
    }
  }
  if (!best) return null;
  const cert = byId.get(best.id)!;

  // Prerequisites not yet held, earliest first.
  const chain: Certification[] = [];
  const visit = (c: Certification) => {
    for (const p of c.prerequisites) {
      const pre = byId.get(p);
      if (!pre || isHeld(pre) || chain.includes(pre)) continue;
      visit(pre);
      chain.push(pre);
    }
  };
  visit(cert);
  const steps = [...chain, cert];
  const dayCounts = steps.map((c) => courseDays(c.courseLength));
  const days = dayCounts.every((d): d is number => d !== null) ? dayCounts.reduce((a, b) => a + b, 0) : null;

  const parts = [`${cert.shortName} is asked by ${best.jobs} of your ${entries.length} saved ${entries.length === 1 ? 'job' : 'jobs'}`];
  if (chain.length) parts.push(`needs ${listWords(chain.map((c) => c.shortName))} first`);
  if (days !== null) parts.push(`about ${days} ${days === 1 ? 'day' : 'days'} of courses${chain.length ? (chain.length === 1 ? ' for both' : ' for all of them') : ''}`);
  return {
    id: cert.id,
    name: cert.shortName,
    jobs: best.jobs,
    required: best.required,
    total: entries.length,
    chain: chain.map((c) => ({ id: c.id, name: c.shortName })),
    days,
    courses: steps.filter((c) => c.courseLength).map((c) => ({ name: c.shortName, length: c.courseLength! })),
    exam: cert.exam ? examText(cert.exam) : null,
    sentence: parts.join('; '),
  };
}
