import type { BackedFact, Certification, Course, Exam, Fee, Version } from './schemas';

/**
 * What a reader needs to act on one certificate: the exam, what must come first, how long a
 * course takes, how long it stays valid, the current version and the fee, and where to train.
 * Each fact says whether the awarding body itself confirms it; anything less is "check with
 * the provider".
 */
export interface PathwayFact {
  label: string;
  text: string;
  /** Not confirmed on the awarding body's own page. */
  unsure: boolean;
}

export interface PathwayPrerequisite {
  id: string;
  name: string;
  url: string;
}

export interface PathwayTraining {
  kind: Course['kind'];
  label: string;
  url: string;
  /** "Classroom or virtual · 3 days · checked November 2026". */
  detail: string;
  unconfirmed: boolean;
}

export interface Pathway {
  id: string;
  name: string;
  facts: PathwayFact[];
  prerequisites: PathwayPrerequisite[];
  prerequisiteNote?: string;
  prerequisitesUnsure: boolean;
  training: PathwayTraining[];
  /** For a certificate no longer offered: the one whose courses are listed instead. */
  trainingFor?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-07-09" → "9 July 2026"; "2023-09" → "September 2023". */
export function readableDate(d: string): string {
  const [y, m, day] = d.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

function minutes(n: number): string {
  if (n % 60 === 0 && n >= 120) return `${n / 60} hours`;
  return `${n} minutes`;
}

export function examText(e: Exam): string {
  const parts = [
    e.format,
    e.questions ? `${e.questions} questions` : undefined,
    e.durationMinutes ? minutes(e.durationMinutes) : undefined,
    e.passMark ? `pass mark ${e.passMark}` : undefined,
    e.openBook === undefined ? undefined : e.openBook ? 'open book' : 'closed book',
  ].filter(Boolean);
  const head = parts.join(', ');
  return e.note ? (head ? `${head}. ${e.note}` : e.note) : head;
}

/**
 * The current version and when it took effect; an announced change is "from <date>" until
 * that day and "since <date>" after it, so a date that has passed never reads as future.
 */
export function versionText(v: Version, today: Date): string {
  const todayIso = today.toISOString().slice(0, 10);
  let text = v.current + (v.since ? `, since ${readableDate(v.since)}` : '');
  if (v.previous) text += ` (before: ${v.previous})`;
  if (v.upcoming) {
    text +=
      v.upcoming.from > todayIso
        ? `. Changes on ${readableDate(v.upcoming.from)}: ${v.upcoming.what}`
        : `. Changed on ${readableDate(v.upcoming.from)}: ${v.upcoming.what}`;
  }
  return text;
}

export function feeText(f: Fee): string {
  const amount = Number.isInteger(f.amount) ? String(f.amount) : f.amount.toFixed(2);
  return `${f.currency} ${amount}${f.note ? ` (${f.note})` : ''}, as published in ${readableDate(f.read)}`;
}

const FORMAT_WORDS: Record<string, string> = { classroom: 'classroom', virtual: 'virtual classroom', 'self-paced': 'self-paced online' };

function trainingDetail(k: Course): string {
  const formats = (k.formats ?? []).map((f) => FORMAT_WORDS[f] ?? f);
  const how = formats.length > 1 ? `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}` : (formats[0] ?? '');
  return [how ? how[0]!.toUpperCase() + how.slice(1) : '', k.length ?? '', `checked ${readableDate(k.checked)}`].filter(Boolean).join(' · ');
}

function training(c: Certification): PathwayTraining[] {
  return c.courses.map((k) => ({
    kind: k.kind,
    label: `${k.provider}: ${k.label}`,
    url: k.url,
    detail: trainingDetail(k),
    unconfirmed: !!k.unconfirmed,
  }));
}

function unsure(c: Certification, fact: BackedFact): boolean {
  return c.backing[fact]?.confidence !== 'verified';
}

/** The pathway of one certificate, or null for an id the data does not hold. */
export function pathwayFor(id: string, certs: readonly Certification[], today: Date = new Date()): Pathway | null {
  const byId = new Map(certs.map((c) => [c.id, c]));
  const c = byId.get(id);
  if (!c) return null;
  const facts: PathwayFact[] = [];
  if (c.exam) facts.push({ label: c.exam.questions || c.exam.durationMinutes ? 'Exam' : 'Assessment', text: examText(c.exam), unsure: unsure(c, 'exam') });
  if (c.version) facts.push({ label: 'Version', text: versionText(c.version, today), unsure: unsure(c, 'version') });
  if (c.courseLength) facts.push({ label: 'Typical course', text: c.courseLength, unsure: unsure(c, 'courseLength') });
  if (c.validity) facts.push({ label: 'Validity', text: c.validity, unsure: unsure(c, 'validity') });
  if (c.fee) facts.push({ label: 'Official fee', text: feeText(c.fee), unsure: unsure(c, 'fee') });

  const prerequisites = c.prerequisites
    .map((p) => byId.get(p))
    .filter((p): p is Certification => !!p)
    .map((p) => ({ id: p.id, name: p.shortName, url: p.officialUrl }));

  // A certificate no longer offered is trained for through what replaced it.
  let list = training(c);
  let trainingFor: string | undefined;
  if (c.status !== 'current') {
    const next = c.successors.map((s) => byId.get(s)).find((s): s is Certification => !!s && s.status === 'current');
    if (next) {
      list = training(next);
      trainingFor = next.shortName;
    }
  }
  return {
    id: c.id,
    name: c.shortName,
    facts,
    prerequisites,
    ...(c.prerequisiteNote ? { prerequisiteNote: c.prerequisiteNote } : {}),
    prerequisitesUnsure: (prerequisites.length > 0 || !!c.prerequisiteNote) && unsure(c, 'prerequisites'),
    training: list,
    ...(trainingFor ? { trainingFor } : {}),
  };
}
