import { REQUIREMENT_RANK, type Requirement } from '../analysis';
import type { Token } from './normalize';
import type { Unit } from './units';

export type CueKind = 'required' | 'desirable' | 'not-required' | 'negated-required';

/** Wording that says how strongly an advert asks for a certificate. */
export const REQUIREMENT_CUES: ReadonlyArray<{ phrase: string; kind: CueKind; example: string }> = [
  { phrase: 'essential', kind: 'required', example: 'PRINCE2 Practitioner is essential' },
  { phrase: 'essential criteria', kind: 'required', example: 'Essential criteria: P3O Foundation' },
  { phrase: 'must', kind: 'required', example: 'You must hold MSP Foundation' },
  { phrase: 'must have', kind: 'required', example: 'Must have: PMP' },
  { phrase: 'required', kind: 'required', example: 'PMP certification required' },
  { phrase: 'requirement', kind: 'required', example: 'PRINCE2 is a requirement' },
  { phrase: 'requirements', kind: 'required', example: 'Requirements: APM PMQ' },
  { phrase: 'mandatory', kind: 'required', example: 'ITIL Foundation is mandatory' },
  { phrase: 'minimum', kind: 'required', example: 'Minimum: PRINCE2 Foundation' },
  { phrase: 'prerequisite', kind: 'required', example: 'CAPM is a prerequisite' },
  { phrase: 'need to have', kind: 'required', example: "You'll need to have PRINCE2" },
  { phrase: 'you will need', kind: 'required', example: 'You will need an APM qualification' },
  { phrase: 'you will have', kind: 'required', example: 'You will have PRINCE2 Foundation' },
  { phrase: "you'll have", kind: 'required', example: "You'll have P3O Foundation" },
  { phrase: 'you will hold', kind: 'required', example: 'You will hold MSP Practitioner' },
  { phrase: 'must hold', kind: 'required', example: 'Candidates must hold PMP' },
  { phrase: 'expected to hold', kind: 'required', example: 'expected to hold a PRINCE2 qualification' },
  { phrase: 'qualified to', kind: 'required', example: 'qualified to PRINCE2 Practitioner level' },
  { phrase: 'key criteria', kind: 'required', example: 'Key criteria: P3O' },
  { phrase: 'is needed', kind: 'required', example: 'PMP is needed' },

  { phrase: 'desirable', kind: 'desirable', example: 'P3O Foundation (desirable)' },
  { phrase: 'desired', kind: 'desirable', example: 'MSP desired' },
  { phrase: 'advantageous', kind: 'desirable', example: 'MoP would be advantageous' },
  { phrase: 'advantage', kind: 'desirable', example: 'PMP is an advantage' },
  { phrase: 'ideally', kind: 'desirable', example: 'ideally PRINCE2 qualified' },
  { phrase: 'ideal', kind: 'desirable', example: 'P3O would be ideal' },
  { phrase: 'nice to have', kind: 'desirable', example: 'Nice to have: SAFe Agilist' },
  { phrase: 'nice to haves', kind: 'desirable', example: 'Nice To Haves' },
  { phrase: 'a plus', kind: 'desirable', example: 'ITIL a plus' },
  { phrase: 'plus', kind: 'desirable', example: 'Lean Six Sigma is a big plus' },
  { phrase: 'preferred', kind: 'desirable', example: 'PMP preferred' },
  { phrase: 'preferable', kind: 'desirable', example: 'APM PFQ preferable' },
  { phrase: 'preferably', kind: 'desirable', example: 'preferably PRINCE2 Foundation' },
  { phrase: 'beneficial', kind: 'desirable', example: 'MSP would be beneficial' },
  { phrase: 'bonus', kind: 'desirable', example: 'CAPM is a bonus' },
  { phrase: 'would be good', kind: 'desirable', example: 'P3O would be good' },
  { phrase: 'would be great', kind: 'desirable', example: 'AgilePM would be great' },
  { phrase: 'welcome', kind: 'desirable', example: 'PRINCE2 welcome' },
  { phrase: 'welcomed', kind: 'desirable', example: 'ITIL welcomed' },
  { phrase: 'helpful', kind: 'desirable', example: 'PMP helpful' },
  { phrase: 'useful', kind: 'desirable', example: 'MoR useful' },
  { phrase: 'highly regarded', kind: 'desirable', example: 'PgMP highly regarded' },
  { phrase: 'valued', kind: 'desirable', example: 'Scrum certification valued' },
  { phrase: 'an asset', kind: 'desirable', example: 'PMP would be an asset' },
  { phrase: 'favourably', kind: 'desirable', example: 'MSP looked on favourably' },
  { phrase: 'good to have', kind: 'desirable', example: 'Good to have: ITIL' },
  { phrase: 'optional', kind: 'desirable', example: 'P3O (optional)' },
  { phrase: 'equivalent knowledge', kind: 'desirable', example: 'You will hold, or show equivalent knowledge to, MoP' },
  { phrase: 'equivalent experience', kind: 'desirable', example: 'MSP Practitioner or equivalent experience' },
  { phrase: 'or working towards', kind: 'desirable', example: 'PRINCE2 Foundation, or working towards it' },
  { phrase: 'or willing to work towards', kind: 'desirable', example: 'PRINCE2 Foundation, or willing to work towards it' },
  { phrase: 'or be working towards', kind: 'desirable', example: 'hold P3O or be working towards it' },

  { phrase: 'support you to gain', kind: 'not-required', example: 'We will support you to gain PRINCE2' },
  { phrase: 'support you to achieve', kind: 'not-required', example: 'support you to achieve P3O' },
  { phrase: 'support you in gaining', kind: 'not-required', example: 'support you in gaining MSP' },
  { phrase: 'support you to obtain', kind: 'not-required', example: 'support you to obtain APM PFQ' },
  { phrase: 'support towards', kind: 'not-required', example: 'support towards PRINCE2' },
  { phrase: 'help you gain', kind: 'not-required', example: 'help you gain PRINCE2' },
  { phrase: 'help you achieve', kind: 'not-required', example: 'help you achieve your PMP' },
  { phrase: 'opportunity to gain', kind: 'not-required', example: 'the opportunity to gain P3O' },
  { phrase: 'opportunity to achieve', kind: 'not-required', example: 'opportunity to achieve APM PFQ' },
  { phrase: 'opportunity to study', kind: 'not-required', example: 'opportunity to study for MSP' },
  { phrase: 'chance to gain', kind: 'not-required', example: 'chance to gain PRINCE2' },
  { phrase: 'you will gain', kind: 'not-required', example: 'you will gain the APM PFQ' },
  { phrase: "you'll gain", kind: 'not-required', example: "you'll gain PRINCE2 Foundation" },
  { phrase: 'training provided', kind: 'not-required', example: 'PRINCE2 training provided' },
  { phrase: 'training will be provided', kind: 'not-required', example: 'training will be provided for P3O' },
  { phrase: 'training is provided', kind: 'not-required', example: 'full training is provided, including PRINCE2' },
  { phrase: 'we will fund', kind: 'not-required', example: 'we will fund your PRINCE2' },
  { phrase: 'fully funded', kind: 'not-required', example: 'fully funded APM PFQ' },
  { phrase: 'funded', kind: 'not-required', example: 'funded PRINCE2 course' },
  { phrase: 'we will pay', kind: 'not-required', example: 'we will pay for your PMP' },
  { phrase: 'sponsor', kind: 'not-required', example: 'we will sponsor your MSP' },
  { phrase: 'no qualification', kind: 'not-required', example: 'no qualification expected' },
  { phrase: 'no qualifications', kind: 'not-required', example: 'no qualifications needed' },
  { phrase: 'no prior', kind: 'not-required', example: 'No prior PM qualification will be expected' },
  { phrase: 'not expected', kind: 'not-required', example: 'PRINCE2 is not expected' },
  { phrase: 'expected to gain', kind: 'not-required', example: 'expected to gain APM PFQ after joining' },
  { phrase: 'proceed to gain', kind: 'not-required', example: 'expected to proceed to gain a PM qualification' },
  { phrase: 'work towards', kind: 'not-required', example: 'you will work towards PRINCE2 Foundation' },
  { phrase: 'study towards', kind: 'not-required', example: 'study towards the APM PMQ' },
  { phrase: 'we use', kind: 'not-required', example: 'we use PRINCE2 across the portfolio' },
  { phrase: 'we follow', kind: 'not-required', example: 'we follow MSP' },
  { phrase: 'based on', kind: 'not-required', example: 'our methods are based on P3O' },
  { phrase: 'aligned to', kind: 'not-required', example: 'governance aligned to MSP' },

  { phrase: 'not essential', kind: 'negated-required', example: 'PRINCE2 (desirable but not essential)' },
  { phrase: 'not required', kind: 'negated-required', example: 'PRINCE2 not required' },
  { phrase: 'not mandatory', kind: 'negated-required', example: 'PMP not mandatory' },
  { phrase: 'not a requirement', kind: 'negated-required', example: 'P3O is not a requirement' },
  { phrase: 'not necessary', kind: 'negated-required', example: 'MSP not necessary' },
  { phrase: 'is not needed', kind: 'negated-required', example: 'PMP is not needed' },
];

/**
 * Words around a name that make it the method rather than the certificate ("familiarity with
 * SAFe", "Lean Six Sigma methods"): a nice-to-have method is not a certificate asked for.
 */
export const METHOD_BEFORE = ['familiarity with', 'familiar with', 'experience with', 'experience of', 'experience in', 'exposure to', 'awareness of'];
export const METHOD_AFTER = ['method', 'methods', 'methodology', 'methodologies', 'principles', 'framework', 'frameworks', 'approach', 'practices', 'environment', 'ways of working', 'tools', 'techniques'];
export const CERT_WORDS = ['certified', 'certification', 'certifications', 'certificate', 'qualification', 'qualifications', 'qualified', 'accredited', 'accreditation', 'foundation', 'practitioner', 'belt'];

/** Section headings that set the strength for the lines under them. */
export const HEADING_CUES: ReadonlyArray<{ phrase: string; kind: Requirement | 'neutral'; example: string }> = [
  { phrase: 'essential', kind: 'required', example: 'Essential criteria' },
  { phrase: 'requirements', kind: 'required', example: 'Requirements' },
  { phrase: 'required', kind: 'required', example: 'Required qualifications' },
  { phrase: 'minimum', kind: 'required', example: 'Minimum qualifications' },
  { phrase: 'must have', kind: 'required', example: 'Must have' },
  { phrase: 'must haves', kind: 'required', example: 'Must haves' },
  { phrase: 'what you need', kind: 'required', example: 'What you need' },
  { phrase: 'what you will need', kind: 'required', example: "What you'll need" },
  { phrase: "what you'll need", kind: 'required', example: "What you'll need" },
  { phrase: 'basic qualifications', kind: 'required', example: 'Basic qualifications' },
  { phrase: 'desirable', kind: 'desirable', example: 'Desirable criteria' },
  { phrase: 'preferred', kind: 'desirable', example: 'Preferred qualifications' },
  { phrase: 'nice to have', kind: 'desirable', example: 'Nice to have' },
  { phrase: 'nice to haves', kind: 'desirable', example: 'Nice To Haves' },
  { phrase: 'bonus points', kind: 'desirable', example: 'Bonus points' },
  { phrase: 'would be great', kind: 'desirable', example: 'It would be great if you had' },
  { phrase: 'responsibilities', kind: 'neutral', example: 'Key responsibilities' },
  { phrase: 'duties', kind: 'neutral', example: 'Main duties' },
  { phrase: 'about', kind: 'neutral', example: 'About us' },
  { phrase: 'benefits', kind: 'neutral', example: 'Benefits' },
  { phrase: 'what we offer', kind: 'neutral', example: 'What we offer' },
  { phrase: 'the role', kind: 'neutral', example: 'The role' },
  { phrase: 'overview', kind: 'neutral', example: 'Overview' },
  { phrase: 'purpose', kind: 'neutral', example: 'Job purpose' },
  { phrase: 'summary', kind: 'neutral', example: 'Summary' },
  { phrase: 'skills', kind: 'neutral', example: 'Skills and experience' },
  { phrase: 'experience', kind: 'neutral', example: 'Experience' },
  { phrase: 'qualifications', kind: 'neutral', example: 'Qualifications' },
  { phrase: 'person specification', kind: 'neutral', example: 'Person specification' },
  { phrase: 'package', kind: 'neutral', example: 'Package' },
  { phrase: 'how to apply', kind: 'neutral', example: 'How to apply' },
];

export interface CueHit {
  kind: CueKind;
  /** Token index where the cue starts. */
  at: number;
  end: number;
}

export function stronger(a: Requirement, b: Requirement): Requirement {
  return REQUIREMENT_RANK[a] <= REQUIREMENT_RANK[b] ? a : b;
}

function classify(all: ReadonlyArray<CueHit>): Requirement | null {
  if (all.length === 0) return null;
  // "or willing to work towards" holds "work towards": the longer cue speaks.
  const cues = all.filter((c) => !all.some((o) => o !== c && o.at <= c.at && o.end >= c.end && o.end - o.at > c.end - c.at));
  const has = (k: CueKind) => cues.some((c) => c.kind === k);
  // "Advantageous, though we will support you to gain it": still wanted, just not a bar.
  if (has('desirable')) return 'desirable';
  if (has('not-required')) return 'mentioned';
  if (has('required')) {
    // "desirable but not essential" is handled above; "required" and "not required" together
    // (two certificates in one sentence) leaves the plain "required" standing.
    const plain = cues.filter((c) => c.kind === 'required');
    const negated = cues.filter((c) => c.kind === 'negated-required');
    if (plain.every((p) => negated.some((n) => p.at >= n.at && p.at < n.end))) return 'mentioned';
    return 'required';
  }
  if (has('negated-required')) return 'mentioned';
  return null;
}

const HARD_BREAK = /[;:()[\]]|\s[-–—]\s/;
const SOFT_BREAK = /[;:,()[\]]|\s[-–—]\s/;

function span(text: string, tokens: ReadonlyArray<Token>, unit: Unit, from: number, to: number, brk: RegExp): [number, number] {
  let a = from;
  while (a > unit.tokFrom && !brk.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) a--;
  let b = to;
  while (b < unit.tokTo && !brk.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start))) b++;
  return [a, b];
}

/**
 * The requirement for a certificate found at tokens [from, to) of a unit: the words between
 * commas around it, then its clause, then its sentence or bullet, then the heading of the
 * section it sits in; otherwise "mentioned". "PMP required, PRINCE2 a plus" gives each its own.
 */
export function readRequirement(
  text: string,
  tokens: ReadonlyArray<Token>,
  unit: Unit,
  from: number,
  to: number,
  unitCues: ReadonlyArray<CueHit>,
  section: Requirement | 'neutral' | null,
): Requirement {
  if (unitCues.length) {
    for (const brk of [SOFT_BREAK, HARD_BREAK]) {
      const [a, b] = span(text, tokens, unit, from, to, brk);
      const own = classify(unitCues.filter((c) => c.at >= a && c.at < b));
      if (own) return own;
    }
    const whole = classify(unitCues);
    if (whole) return whole;
  }
  if (section === 'required' || section === 'desirable') return section;
  return 'mentioned';
}
