import type { Analysis, Profile } from '../analysis';
import { loadKnowledgeBase } from '../knowledge';
import type { Posting } from '../posting';
import { findCertifications } from './certifications';
import { heldRule } from './held';
import { compile, type Compiled } from './compile';
import { detectLanguage } from './language';
import { assessLevel } from './level';
import { scoreOffices } from './office';
import { recommend } from './recommend';
import { loadLevelRules } from './rules';
import { scanText } from './scan';
import { findSkills } from './skills';

/** Longer text is cut here: an advert is a few thousand characters, a whole page rarely more. */
export const MAX_CHARS = 200_000;

type Notice = NonNullable<Analysis['notices']>[number];

let compiled: Compiled | null = null;

/** The lexicon built from data/ once per process (or per popup). */
export function getCompiled(): Compiled {
  if (!compiled) compiled = compile(loadKnowledgeBase(), loadLevelRules());
  return compiled;
}

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

function run(c: Compiled, posting: Posting, profile?: Profile): Analysis {
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
    return emptyAnalysis([...notices, { code: 'empty', message: 'There is no advert text to read.' }]);
  }
  const body = scanText(c, text || titleRaw);
  if (body.tokens.length === 0) return emptyAnalysis([...notices, { code: 'empty', message: 'The text has no words to read.' }]);

  // Binary junk decodes to scattered letters and symbols, not words.
  if (!looksLikeWords(body.tokens)) {
    return emptyAnalysis([...notices, { code: 'empty', message: 'The text does not read as words, so there is no advert to analyse.' }]);
  }
  const lang = detectLanguage(body.tokens);
  if (lang.code !== 'en') {
    // Certificate names read the same in any language, so those the advert names are still listed.
    const named = findCertifications(body).map((h) => ({ id: h.id, family: h.family, requirement: h.requirement, text: h.text, name: h.name, status: h.status }));
    return {
      ...emptyAnalysis([...notices, { code: 'language', message: `This advert looks like it is in ${lang.name}; PMO Pathfinder reads English adverts.` }], lang.code),
      certificationsMentioned: named,
    };
  }
  const title = titleRaw.trim() ? scanText(c, titleRaw) : null;
  const skills = findSkills(body);
  const lvl = assessLevel({ title, body, skills });
  if (lvl.notice) notices.push(lvl.notice);
  const offices = scoreOffices(title, body, skills, lvl.level);
  const certs = findCertifications(body);
  const recs = recommend({ kb: c.kb, level: lvl.level, isPmoRole: lvl.isPmoRole, offices, mentioned: certs, profile });
  const isHeld = profile ? heldRule(profile.held, c.kb.certifications) : null;

  return {
    isPmoRole: lvl.isPmoRole,
    level: { id: lvl.level, confidence: lvl.confidence, evidence: lvl.evidence },
    offices,
    skills: skills.map((s) => ({ id: s.skill.id, label: s.skill.label, matches: s.matches })),
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
    ...(notices.length ? { notices } : {}),
  };
}

/**
 * Read an advert: PMO level with evidence, office type, skills, certificates named and the
 * ones worth having. Pure and synchronous; never throws (a failure inside gives an empty
 * analysis with a notice rather than breaking the popup).
 */
export function analyze(posting: Posting, profile?: Profile): Analysis {
  try {
    return run(getCompiled(), posting, profile);
  } catch (err) {
    // Data errors must surface in tests; at run time the reader still gets an answer.
    if (typeof process !== 'undefined' && process.env?.PMO_STRICT === '1') throw err;
    return emptyAnalysis([{ code: 'empty', message: 'This advert could not be read.' }]);
  }
}
