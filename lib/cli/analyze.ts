import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis } from '../analysis';
import { analyze } from '../analyze/index';
import { extractFromHtml } from '../extract/html';
import { getCertification, getLevel } from '../knowledge';
import { postingFromText, type Posting } from '../posting';
import { defaultIo, type Io } from './io';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = join(ROOT, 'data/samples/sample-advert.txt');

export interface Options {
  json: boolean;
  url?: string;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--url') {
      const v = argv[++i];
      if (!v) return '--url needs a value';
      o.url = v;
    } else if (a.startsWith('--url=')) o.url = a.slice(6);
    else if (a === '-h' || a === '--help') return 'help';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  return o;
}

const USAGE = 'usage: npm run analyze -- [--json] [--url URL] [FILE ...]   (FILE: .html/.htm page or plain text; - reads stdin)';

/** Why a buffer is not advert text, or null when it is fine. */
export function unreadable(buf: Buffer): string | null {
  if (buf.length === 0) return 'the file is empty';
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return 'it looks like a binary file, not text';
  const text = head.toString('utf8');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > text.length * 0.05) return 'it is not UTF-8 text';
  if (!text.trim() && !buf.toString('utf8').trim()) return 'the file is empty';
  return null;
}

export interface Loaded {
  posting: Posting;
}

/** Read one FILE into a Posting, or give the one-line reason it cannot be read. */
export function load(file: string, url: string | undefined, io: Io): Loaded | { error: string } {
  let buf: Buffer;
  try {
    if (file === '-') {
      buf = Buffer.from(io.readStdin ? io.readStdin() : readFileSync(0));
    } else {
      if (!existsSync(file)) return { error: 'no such file' };
      if (statSync(file).isDirectory()) return { error: 'it is a folder, not a file' };
      buf = readFileSync(file);
    }
  } catch (e) {
    return { error: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const why = unreadable(buf);
  if (why) return { error: why };
  const text = buf.toString('utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const posting = extractFromHtml(text, url);
    if (!posting || !posting.text.trim()) return { error: 'no job advert found on the page' };
    return { posting: url && !posting.url ? { ...posting, url } : posting };
  }
  const posting = postingFromText(text, 'text');
  return { posting: url ? { ...posting, url } : posting };
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
  } else out.push('Certifications in the advert: none named');
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
  return out;
}

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
      io.err(`${file}: ${loaded.error}`);
      code = 1;
      return;
    }
    const analysis = analyze(loaded.posting);
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
