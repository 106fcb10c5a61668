import { toProfile, type Analysis, type Profile, type ProfileInput } from '../analysis';
import type { Posting } from '../posting';
import { findCertifications } from './certifications';
import { heldRule } from './held';
import type { Compiled } from './compile';
import { getCompiled } from './compiled';
import { readFacts, type GradeHit } from './facts';
import { detectLanguage } from './language';
import { assessLevel, levelFeatures, type LevelFeatures } from './level';
import type { Weights } from './level/model';
import { loadWeights } from './level/weights';
import { officeFeatures, scoreOffices, type OfficeFeatures } from './office';
import { recommend } from './recommend';
import { kind, scanText, type Scanned } from './scan';
import { findSkills } from './skills';
import { skillRequirements } from './asked';
import { askedOf, holdsFor, judgeFit } from './fit';

/** Longer text is cut here: an advert is a few thousand characters, a whole page rarely more. */
export const MAX_CHARS = 200_000;

type Notice = NonNullable<Analysis['notices']>[number];

export { getCompiled };

function emptyAnalysis(notices: Notice[], language?: string): Analysis {
  return {
    isPmoRole: false,
    level: { id: null, confidence: 0, evidence: [] },
    offices: [],
    skills: [],
    certificationsMentioned: [],
    recommendations: [],
    notices,
    ...(language ? { language } : {}),
  };
}

/** Control and replacement characters out, so binary junk reads as nothing rather than words. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, ' ');
}

/** "Word", "word", "WORD", or a run of letters of a script without case; two letters or more. */
const WORDLIKE = /^(?:\p{Lu}?\p{Ll}{2,}|\p{Lu}\p{Ll}|\p{Lu}{2,8}|\p{Lo}+)$/u;

function looksLikeWords(tokens: ReadonlyArray<{ raw: string }>): boolean {
  let letters = 0;
  let wordy = 0;
  for (let i = 0; i < tokens.length && letters < 2000; i++) {
    const r = tokens[i]!.raw;
    if (/^\p{N}+$/u.test(r)) continue;
    letters++;
    if (WORDLIKE.test(r)) wordy++;
  }
  return letters < 8 || wordy / letters >= 0.5;
}

type Scan = { title: ReturnType<typeof scanText> | null; body: ReturnType<typeof scanText>; notices: Notice[] } | { empty: Analysis };

function scanPosting(c: Compiled, posting: Posting): Scan {
  const notices: Notice[] = [];
  let text = typeof posting?.text === 'string' ? posting.text : '';
  if (text.length > MAX_CHARS) {
    text = text.slice(0, MAX_CHARS);
    notices.push({ code: 'truncated', message: `The advert is very long; only its first ${MAX_CHARS.toLocaleString('en-GB')} characters were read.` });
  } else if (posting?.truncated) {
    notices.push({ code: 'truncated', message: 'The page was larger than the reader takes in; only its first part was read.' });
  }
  text = clean(text);
  const titleRaw = typeof posting?.title === 'string' ? clean(posting.title).slice(0, 300) : '';
  if (!text.trim() && !titleRaw.trim()) {
    return { empty: emptyAnalysis([...notices, { code: 'empty', message: 'There is no advert text to read.' }]) };
  }
  const body = scanText(c, text || titleRaw);
  if (body.tokens.length === 0) return { empty: emptyAnalysis([...notices, { code: 'empty', message: 'The text has no words to read.' }]) };

  // Binary junk decodes to scattered letters and symbols, not words.
  if (!looksLikeWords(body.tokens)) {
    return { empty: emptyAnalysis([...notices, { code: 'empty', message: 'The text does not read as words, so there is no advert to analyse.' }]) };
  }
  const lang = detectLanguage(body.tokens);
  if (lang.code !== 'en') {
    // Certificate names read the same in any language, so those the advert names are still listed.
    const named = findCertifications(body).map((h) => ({ id: h.id, family: h.family, requirement: h.requirement, text: h.text, name: h.name, status: h.status }));
    return {
      empty: {
        ...emptyAnalysis([...notices, { code: 'language', message: `This advert looks like it is in ${lang.name}; PMO Pathfinder reads English adverts.` }], lang.code),
        certificationsMentioned: named,
      },
    };
  }
  return { title: titleRaw.trim() ? scanText(c, titleRaw) : null, body, notices };
}

function run(c: Compiled, posting: Posting, profile?: Profile, weights: Weights = loadWeights()): Analysis {
  const scan = scanPosting(c, posting);
  if ('empty' in scan) return scan.empty;
  const { title, body, notices } = scan;
  const skills = findSkills(body);
  const lvl = assessLevel({ title, body, skills, pay: c.rules.pay.bands }, weights);
  if (lvl.notice) notices.push(lvl.notice);
  const office = scoreOffices(officeFeatures(title, body, skills, lvl.level, c.rules.officeWords), weights);
  const offices = office.offices;
  const certs = findCertifications(body);
  const recs = recommend({ kb: c.kb, level: lvl.level, isPmoRole: lvl.isPmoRole, offices, mentioned: certs, profile });
  const isHeld = profile ? heldRule(profile.held, c.kb.certifications) : null;
  const skillAsks = skillRequirements(body);

  const analysis: Analysis = {
    isPmoRole: lvl.isPmoRole,
    level: { id: lvl.level, confidence: lvl.confidence, evidence: lvl.evidence },
    offices,
    ...(offices.length && office.unclear ? { officeUnclear: true } : {}),
    skills: skills.map((s) => ({ id: s.skill.id, label: s.skill.label, matches: s.matches, requirement: skillAsks.get(s.skill.id) ?? 'mentioned' })),
    certificationsMentioned: certs.map((h) => ({
      id: h.id,
      family: h.family,
      requirement: h.requirement,
      text: h.text,
      name: h.name,
      status: h.status,
      ...(h.note ? { note: h.note } : {}),
      ...(isHeld ? { held: isHeld(h) } : {}),
    })),
    recommendations: recs,
    language: 'en',
    facts: readFacts(posting, body.text, { grades: [...gradeHits(title, false), ...gradeHits(body, true)] }),
    ...(notices.length ? { notices } : {}),
  };
  if (profile) {
    const named = new Map(certs.map((h) => [h.id, h.cert.shortName]));
    const asked = askedOf({ ...analysis, certificationsMentioned: analysis.certificationsMentioned.map((m) => ({ ...m, label: named.get(m.id) })) });
    analysis.fit = judgeFit(asked, holdsFor(profile, c.kb.certifications), recs);
  }
  return analysis;
}

/** Where the scan found grade phrases, for the grade fact. */
function gradeHits(s: Scanned | null, inBody: boolean): GradeHit[] {
  if (!s) return [];
  return kind(s, 'grade').map((g) => ({ phrase: g.entry.phrase, from: s.tokens[g.from]!.start, to: s.tokens[g.to - 1]!.end, inTitle: !inBody }));
}

/**
 * Read an advert: PMO level with evidence, office type, skills, certificates named and the
 * ones worth having. Pure and synchronous; never throws (a failure inside gives an empty
 * analysis with a notice rather than breaking the popup).
 */
export function analyze(posting: Posting, profile?: ProfileInput, weights?: Weights): Analysis {
  try {
    return run(getCompiled(), posting, profile ? toProfile(profile) : undefined, weights);
  } catch (err) {
    // Data errors must surface in tests; at run time the reader still gets an answer.
    if (typeof process !== 'undefined' && process.env?.PMO_STRICT === '1') throw err;
    return emptyAnalysis([{ code: 'empty', message: 'This advert could not be read.' }]);
  }
}

/**
 * The cues the level, PMO and office models read from an advert, for fitting their weights.
 * `level` sets the level the office prior uses (the labelled one when fitting). Null for text
 * that is not analysed (empty, not English).
 */
export function readFeatures(posting: Posting, level: Analysis['level']['id'] = null): { level: LevelFeatures; office: OfficeFeatures } | null {
  const c = getCompiled();
  const scan = scanPosting(c, posting);
  if ('empty' in scan) return null;
  const skills = findSkills(scan.body);
  return {
    level: levelFeatures({ title: scan.title, body: scan.body, skills, pay: c.rules.pay.bands }),
    office: officeFeatures(scan.title, scan.body, skills, level, c.rules.officeWords),
  };
}
