import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ProfileSchema, type Analysis, type Profile } from '../analysis';
import { analyze } from '../analyze/index';
import '../analyze/from-data';
import { fitLine } from '../analyze/fit';
import { decodeBytes } from '../extract/charset';
import { boundDepth, MAX_DEPTH } from '../extract/depth';
import { extractFromHtml } from '../extract/html';
import { getCertification, getLevel } from '../knowledge';
import { postingFromText, type Posting } from '../posting';
import { defaultIo, readStdinCapped, type Io } from './io';
import { factLines } from '../analyze/facts/describe';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = join(ROOT, 'data/samples/sample-advert.txt');

export interface Options {
  json: boolean;
  url?: string;
  profile?: string;
  files: string[];
}

/** The most a FILE or standard input may hold: far beyond any advert page, short of exhausting memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** A value echoed in a message: one short line, whatever was typed. */
const shown = (v: string) => JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);

/** Why a --url value cannot be the advert's address, or null when it can. */
export function badUrl(v: string): string | null {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return `--url must be a full web address such as https://www.example.com/jobs/1, not ${shown(v)}`;
  }
  return /^https?:$/.test(u.protocol) ? null : `--url must be an http or https address, not ${shown(v)}`;
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = /^(--url|--profile)=(.*)$/s.exec(a);
    if (a === '--json') o.json = true;
    else if (a === '--url' || a === '--profile' || eq) {
      const v = eq ? eq[2] : argv[++i];
      const name = eq ? eq[1]! : a;
      if (!v) return `${name} needs a value`;
      if (name === '--url') {
        const why = badUrl(v);
        if (why) return why;
        o.url = v;
      } else o.profile = v;
    } else if (a === '-h' || a === '--help') return 'help';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  return o;
}

const USAGE =
  'usage: npm run analyze -- [--json] [--url URL] [--profile PROFILE.json] [FILE ...]   (FILE: .html/.htm page or plain text; - reads stdin)';

/** Why decoded text is not advert text, or null when it is fine. */
export function unreadable(text: string): string | null {
  const head = text.slice(0, 8192);
  if (head.includes('\0')) return 'it looks like a binary file, not text';
  const bad = (head.match(/\uFFFD/g) ?? []).length;
  if (bad > head.length * 0.05) return 'it is not UTF-8 text';
  return null;
}

/** The bytes of a FILE (or standard input for "-"), or why they cannot be read. */
function readInput(file: string, io: Io, max = MAX_INPUT_BYTES): Uint8Array | { error: string } {
  try {
    if (file === '-') {
      const raw = io.readStdin ? io.readStdin(max) : readStdinCapped(max);
      const buf = typeof raw === 'string' ? Buffer.from(raw) : raw;
      if (buf.length > max) return { error: `more than ${MB(max)} arrived, far more than any advert page; nothing was read` };
      return buf;
    }
    if (!existsSync(file)) return { error: 'no such file' };
    const st = statSync(file);
    if (st.isDirectory()) return { error: 'it is a folder, not a file' };
    // Devices (/dev/urandom), pipes and sockets may never end: only saved files are read.
    if (!st.isFile()) return { error: 'it is not a regular file (a device, pipe or socket); give a saved page or a text file' };
    if (st.size > max) return { error: `it is ${MB(st.size)}, far more than any advert page (the limit is ${MB(max)})` };
    return readFileSync(file);
  } catch (e) {
    return { error: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

export interface Loaded {
  posting: Posting;
  /** Things the reader should know about how the file was read. */
  notes: string[];
}

/** Read one FILE into a Posting, or give the one-line reason it cannot be read. */
export function load(file: string, url: string | undefined, io: Io): Loaded | { error: string } {
  const bytes = readInput(file, io);
  if ('error' in bytes) return bytes;
  const ext = extname(file).toLowerCase();
  const isPage = ext === '.html' || ext === '.htm';
  const { text } = decodeBytes(bytes, isPage);
  if (!text.trim()) return { error: file === '-' ? 'nothing was given (it was empty)' : 'the file is empty' };
  const why = unreadable(text);
  if (why) return { error: why };
  if (isPage) {
    const bounded = boundDepth(text);
    const posting = extractFromHtml(bounded.html, url, { fixedUrl: !!url });
    if (!posting || !posting.text.trim()) return { error: 'no job advert found on the page' };
    const notes = bounded.flattened
      ? [`the page nests its elements more than ${MAX_DEPTH} levels deep; deeper ones were read as flat text, as browsers do`]
      : [];
    return { posting: url && !posting.url ? { ...posting, url } : posting, notes };
  }
  const posting = postingFromText(text, 'text');
  return { posting: url ? { ...posting, url } : posting, notes: [] };
}

/** The reader's profile from a file, or the one-line reason it cannot be used. */
export function loadProfile(file: string, io: Io): Profile | { error: string } {
  const bytes = readInput(file, io, 1024 * 1024);
  if ('error' in bytes) return bytes;
  let raw: unknown;
  try {
    raw = JSON.parse(decodeBytes(bytes, false).text);
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message.split('\n')[0]})` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'a profile is a JSON object such as {"held": ["prince2-foundation"]}' };
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `${issue.path.join('.') || 'profile'}: ${issue.message}` };
  }
  return parsed.data;
}

function jsonShape(posting: Posting, analysis: Analysis, file?: string) {
  return {
    ...(file !== undefined ? { file } : {}),
    posting: {
      title: posting.title,
      company: posting.company,
      location: posting.location,
      url: posting.url,
      source: posting.source,
      textLength: posting.text.length,
    },
    analysis,
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The readable report. */
export function render(posting: Posting, a: Analysis): string[] {
  const out: string[] = [];
  const where = [posting.company, posting.location].filter(Boolean).join(', ');
  out.push(`${posting.title ?? '(no title)'}${where ? ` — ${where}` : ''}`);
  out.push(`  read from: ${posting.source}${posting.url ? ` (${posting.url})` : ''}, ${posting.text.length.toLocaleString('en-GB')} characters`);
  out.push('');
  for (const n of a.notices ?? []) out.push(`Note: ${n.message}`);
  if (a.notices?.length) out.push('');
  if (a.isPmoRole && a.level.id) {
    const L = getLevel(a.level.id);
    out.push(`Level: ${L ? `${L.number} · ${L.competencyRole} (${L.name})` : a.level.id}   confidence ${pct(a.level.confidence)}`);
  } else {
    out.push(`Level: not a PMO role   confidence ${pct(a.level.confidence)}`);
  }
  for (const e of a.level.evidence.slice(0, 6)) out.push(`  - ${e.reason}`);
  out.push('');
  out.push(`Office: ${a.offices.length ? a.offices.map((o) => `${o.id} ${pct(o.score)}`).join(', ') : 'no office cues'}`);
  out.push('');
  if (a.certificationsMentioned.length) {
    out.push('Certifications in the advert:');
    for (const c of a.certificationsMentioned) {
      out.push(`  - ${c.name ?? getCertification(c.id)?.name ?? c.id} [${c.family}]: ${c.requirement} ("${c.text}")`);
      if (c.note) out.push(`      ${c.note}`);
    }
  } else out.push(`Certifications in the advert: ${a.language && a.language !== 'en' ? 'none recognised' : 'none named'}`);
  out.push('');
  if (a.recommendations.length) {
    out.push('Certifications that would help:');
    a.recommendations.forEach((r, i) => {
      const flags = [r.held ? 'held' : '', r.nextStep ? 'next step' : '', r.uncertain ? 'check details with the provider' : ''].filter(Boolean);
      out.push(`  ${i + 1}. ${r.name ?? r.id}${flags.length ? ` (${flags.join(', ')})` : ''}`);
      for (const why of r.reasons.slice(0, 2)) out.push(`     ${why}`);
      for (const l of r.links.slice(0, 2)) out.push(`     ${l.label}: ${l.url}`);
    });
    out.push('');
  }
  if (a.skills.length) out.push(`Skills: ${a.skills.slice(0, 12).map((s) => s.label).join(', ')}`);
  const facts = factLines(a);
  if (facts.length) out.push('', 'At a glance:', ...facts.map((f) => `  - ${f}`));
  if (a.fit) out.push('', `Your fit: ${fitLine(a.fit)}`);
  return out;
}

const label = (file: string) => (file === '-' ? 'standard input' : file);

export function main(argv: string[], io: Io = defaultIo): number {
  const o = parseArgs(argv);
  if (typeof o === 'string') {
    if (o === 'help') {
      io.out(USAGE);
      return 0;
    }
    io.err(`${o}. ${USAGE}`);
    return 1;
  }
  let profile: Profile | undefined;
  if (o.profile) {
    const p = loadProfile(o.profile, io);
    if ('error' in p) {
      io.err(`${o.profile}: ${p.error}`);
      return 1;
    }
    profile = p;
  }
  let files = o.files;
  if (files.length === 0) {
    if (!existsSync(SAMPLE)) {
      io.err(`no FILE given and the bundled sample (${SAMPLE}) is missing. ${USAGE}`);
      return 1;
    }
    files = [SAMPLE];
  }
  const many = files.length > 1;
  let code = 0;
  files.forEach((file, i) => {
    const loaded = load(file, o.url, io);
    if ('error' in loaded) {
      io.err(`${label(file)}: ${loaded.error}`);
      code = 1;
      return;
    }
    for (const n of loaded.notes) io.err(`${label(file)}: note: ${n}`);
    const analysis = analyze(loaded.posting, profile);
    if (o.json) {
      io.out(JSON.stringify(jsonShape(loaded.posting, analysis, many ? file : undefined), null, many ? undefined : 2));
    } else {
      if (many) io.out(`${i ? '\n' : ''}== ${file} ==`);
      for (const line of render(loaded.posting, analysis)) io.out(line);
    }
  });
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`analyze: ${(e as Error).message.split('\n')[0]}\n`);
    process.exitCode = 1;
  }
}
