import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LEVEL_ORDER, REQUIREMENT_RANK, type Analysis, type LevelId, type Requirement } from '../analysis';
import { analyze, readFeatures } from '../analyze/index';
import { levelLogits } from '../analyze/level/decide';
import { loadWeights } from '../analyze/level/weights';
import { postingFromText } from '../posting';
import type { Weights } from '../analyze/level/model';
import { corpusText, readCorpus, type CorpusItem } from './corpus';
import { factIssues, scoreFacts } from './fact-eval';
import { crossValidated, SEED } from './folds';
import { bodyPosting } from './train-core';
import { readTraps, scoreTraps } from './traps';
import { defaultIo, type Io } from './io';

const LEVELS = LEVEL_ORDER;

export interface FamilyFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalFigures {
  items: number;
  levelAccuracy: number;
  /** Level right, or a neighbouring level on an advert labelled a hard case. */
  levelLenient: number;
  levelItems: number;
  pmoAccuracy: number;
  officeAccuracy: number;
  officeTop2: number;
  officeItems: number;
  familyMicroF1: number;
  familyMicroPrecision: number;
  familyMicroRecall: number;
  requirementAccuracy: number;
  requirementItems: number;
  families: Record<string, FamilyFigures>;
  confusion: Record<string, Record<string, number>>;
  reliability: Array<{ bin: string; n: number; meanConfidence: number; accuracy: number }>;
}

export interface ItemResult {
  item: CorpusItem;
  analysis: Analysis;
  levelOk: boolean | null;
  pmoOk: boolean;
  officeOk: boolean | null;
  /** Families missed or wrongly found, and requirement strengths read differently. */
  certIssues: string[];
}

const asList = <T>(v: T | T[] | null | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** Score analyses against the corpus labels. */
export function evaluate(items: CorpusItem[], run: (item: CorpusItem) => Analysis = (i) => analyze(postingFromText(corpusText(i)))): {
  figures: EvalFigures;
  results: ItemResult[];
} {
  const results: ItemResult[] = [];
  const confusion: Record<string, Record<string, number>> = {};
  for (const l of [...LEVELS, 'none']) confusion[l] = Object.fromEntries([...LEVELS, 'none'].map((p) => [p, 0]));
  let levelOk = 0;
  let levelNear = 0;
  let levelN = 0;
  let officeTop2 = 0;
  let pmoOk = 0;
  let officeOk = 0;
  let officeN = 0;
  let reqOk = 0;
  let reqN = 0;
  const fam: Record<string, { tp: number; fp: number; fn: number }> = {};
  const famOf = (f: string) => (fam[f] ??= { tp: 0, fp: 0, fn: 0 });
  const calib: Array<{ c: number; ok: boolean }> = [];

  for (const item of items) {
    const a = run(item);
    const L = item.labels;
    const predicted = a.level.id ?? 'none';
    const gold = L.pmo ? (L.level ?? 'none') : 'none';
    confusion[gold]![predicted] = (confusion[gold]![predicted] ?? 0) + 1;
    const pOk = a.isPmoRole === L.pmo;
    if (pOk) pmoOk++;
    let lOk: boolean | null = null;
    if (L.pmo && L.level) {
      levelN++;
      lOk = a.level.id === L.level;
      if (lOk) levelOk++;
      const apart = a.level.id ? Math.abs(LEVELS.indexOf(a.level.id) - LEVELS.indexOf(L.level)) : 9;
      if (lOk || (L.hardCase && apart === 1)) levelNear++;
    }
    // Calibration: the confidence is about the whole answer (PMO or not, and the level).
    calib.push({ c: a.level.confidence, ok: pOk && (!L.pmo || !L.level || a.level.id === L.level) });
    let oOk: boolean | null = null;
    const offices = asList(L.office);
    if (offices.length) {
      officeN++;
      oOk = !!a.offices[0] && offices.includes(a.offices[0].id);
      if (oOk) officeOk++;
      if (a.offices.slice(0, 2).some((o) => offices.includes(o.id))) officeTop2++;
    }
    const found = new Map<string, string>();
    for (const c of a.certificationsMentioned) {
      const prev = found.get(c.family);
      if (!prev || REQUIREMENT_RANK[c.requirement] < REQUIREMENT_RANK[prev as Requirement]) found.set(c.family, c.requirement);
    }
    const goldFams = new Set(L.certFamilies);
    const certIssues: string[] = [];
    for (const f of goldFams) {
      if (found.has(f)) famOf(f).tp++;
      else {
        famOf(f).fn++;
        certIssues.push(`missed ${f}`);
      }
    }
    for (const f of found.keys()) {
      if (!goldFams.has(f)) {
        famOf(f).fp++;
        certIssues.push(`extra ${f}`);
      }
    }
    for (const [f, want] of Object.entries(L.certRequirements ?? {})) {
      if (!found.has(f)) continue;
      reqN++;
      if (asList(want).includes(found.get(f) as never)) reqOk++;
      else certIssues.push(`${f} ${asList(want).join('|')} -> ${found.get(f)}`);
    }
    results.push({ item, analysis: a, levelOk: lOk, pmoOk: pOk, officeOk: oOk, certIssues });
  }

  const families: Record<string, FamilyFigures> = {};
  let TP = 0;
  let FP = 0;
  let FN = 0;
  for (const [f, v] of Object.entries(fam).sort()) {
    TP += v.tp;
    FP += v.fp;
    FN += v.fn;
    const p = v.tp + v.fp ? v.tp / (v.tp + v.fp) : 0;
    const r = v.tp + v.fn ? v.tp / (v.tp + v.fn) : 0;
    families[f] = { ...v, precision: ratio(p, 1), recall: ratio(r, 1), f1: ratio(f1(p, r), 1) };
  }
  const microP = TP + FP ? TP / (TP + FP) : 1;
  const microR = TP + FN ? TP / (TP + FN) : 1;

  const bins = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
  const reliability = [];
  for (let i = 0; i < bins.length - 1; i++) {
    const inBin = calib.filter((x) => x.c >= bins[i]! && x.c < bins[i + 1]!);
    if (!inBin.length) continue;
    reliability.push({
      bin: `${bins[i]!.toFixed(1)}-${Math.min(1, bins[i + 1]!).toFixed(1)}`,
      n: inBin.length,
      meanConfidence: ratio(inBin.reduce((s, x) => s + x.c, 0), inBin.length),
      accuracy: ratio(inBin.filter((x) => x.ok).length, inBin.length),
    });
  }
  return {
    figures: {
      items: items.length,
      levelAccuracy: ratio(levelOk, levelN),
      levelLenient: ratio(levelNear, levelN),
      levelItems: levelN,
      pmoAccuracy: ratio(pmoOk, items.length),
      officeAccuracy: ratio(officeOk, officeN),
      officeTop2: ratio(officeTop2, officeN),
      officeItems: officeN,
      familyMicroF1: ratio(f1(microP, microR), 1),
      familyMicroPrecision: ratio(microP, 1),
      familyMicroRecall: ratio(microR, 1),
      requirementAccuracy: ratio(reqOk, reqN),
      requirementItems: reqN,
      families,
      confusion,
      reliability,
    },
    results,
  };
}

function pad(s: string | number, n: number): string {
  return String(s).padEnd(n);
}

export function report(figures: EvalFigures, results: ItemResult[], verbose: boolean): string[] {
  const out: string[] = [];
  const f = figures;
  out.push(`Items: ${f.items}`);
  out.push(`Level accuracy (PMO items with a level): ${f.levelAccuracy} (${f.levelItems} items); a neighbouring level accepted on hard cases: ${f.levelLenient}`);
  out.push(`PMO versus not: ${f.pmoAccuracy}`);
  out.push(`Office accuracy (items with an office label, top office): ${f.officeAccuracy} (${f.officeItems} items); in the top two: ${f.officeTop2}`);
  out.push(`Certification families: micro P ${f.familyMicroPrecision}  R ${f.familyMicroRecall}  F1 ${f.familyMicroF1}`);
  out.push(`Requirement accuracy (families found and labelled): ${f.requirementAccuracy} (${f.requirementItems})`);
  out.push('');
  out.push('Level confusion (rows: label, columns: predicted)');
  const cols = [...LEVELS, 'none'];
  out.push(pad('', 15) + cols.map((c) => pad(c.slice(0, 8), 9)).join(''));
  for (const r of cols) out.push(pad(r, 15) + cols.map((c) => pad(f.confusion[r]?.[c] ?? 0, 9)).join(''));
  out.push('');
  out.push('Per family: tp fp fn  precision recall f1');
  for (const [name, v] of Object.entries(f.families)) {
    out.push(`  ${pad(name, 17)} ${pad(v.tp, 3)}${pad(v.fp, 3)}${pad(v.fn, 4)} ${pad(v.precision, 9)} ${pad(v.recall, 7)}${v.f1}`);
  }
  out.push('');
  out.push('Confidence reliability (is the answer right, by confidence band)');
  for (const r of f.reliability) out.push(`  ${pad(r.bin, 9)} n=${pad(r.n, 4)} mean confidence ${pad(r.meanConfidence, 6)} accuracy ${r.accuracy}`);
  const wrong = results.filter((r) => r.levelOk === false || !r.pmoOk || r.officeOk === false || r.certIssues.length);
  if (verbose && wrong.length) {
    out.push('');
    out.push('Misses:');
    for (const r of wrong) {
      const L = r.item.labels;
      const a = r.analysis;
      const bits = [];
      if (!r.pmoOk || r.levelOk === false) bits.push(`level ${L.pmo ? L.level : 'none'} -> ${a.level.id ?? 'none'} (${a.level.confidence})`);
      if (r.officeOk === false) bits.push(`office ${asList(L.office).join('|')} -> ${a.offices[0]?.id ?? '-'}`);
      if (r.certIssues.length) bits.push(`certificates: ${r.certIssues.join(', ')}`);
      out.push(`  ${r.item.id} ${r.item.title.slice(0, 60)}: ${bits.join('; ')}`);
    }
  }
  return out;
}

const USAGE = 'usage: npm run eval -- [--verbose] [--json] [--cv K [--hand-set]] DIR';

/**
 * Level from the text alone (title removed), over PMO adverts with a level: the level the
 * duties, grades and pay point to, whether or not the text alone would pass as a PMO role.
 */
export function bodyOnly(items: CorpusItem[], weightsOf: (item: CorpusItem) => Weights | undefined): number | null {
  const scored = items.filter((i) => i.labels.pmo && i.labels.level);
  if (!scored.length) return null;
  const right = scored.filter((i) => {
    const f = readFeatures(bodyPosting(i));
    if (!f) return false;
    const s = levelLogits(f.level, (weightsOf(i) ?? loadWeights()).level);
    return LEVELS.reduce((b, l) => (s[l] > s[b] ? l : b), 'analyst' as LevelId) === i.labels.level;
  });
  return ratio(right.length, scored.length);
}

/** The project's own corpus: always among the training adverts when another corpus is cross-validated. */
const OWN_CORPUS = fileURLToPath(new URL('../../tests/corpus', import.meta.url));

/** The headline figures of DESIGN.md's eval contract; null where there is nothing to count. */
export function headline(f: EvalFigures, body: number | null, trapPrecision: number | null) {
  const orNull = (v: number, n: number) => (n ? v : null);
  const certN = Object.values(f.families).reduce((s, v) => s + v.tp + v.fp + v.fn, 0);
  return {
    n: f.items,
    pmo: orNull(f.pmoAccuracy, f.items),
    level: orNull(f.levelLenient, f.levelItems),
    levelExact: orNull(f.levelAccuracy, f.levelItems),
    bodyOnly: body,
    office: orNull(f.officeAccuracy, f.officeItems),
    officeTop2: orNull(f.officeTop2, f.officeItems),
    certP: orNull(f.familyMicroPrecision, certN),
    certR: orNull(f.familyMicroRecall, certN),
    certF1: orNull(f.familyMicroF1, certN),
    requirement: orNull(f.requirementAccuracy, f.requirementItems),
    trapPrecision,
  };
}

function parseArgs(argv: string[]): { dir?: string; verbose: boolean; json: boolean; cv: number | null; handSet: boolean; error?: string } {
  const o = { verbose: false, json: false, cv: null as number | null, handSet: false, dir: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--json') o.json = true;
    else if (a === '--hand-set') o.handSet = true;
    else if (a === '--cv') {
      const k = Number(argv[++i]);
      if (!Number.isInteger(k) || k < 2) return { ...o, error: '--cv needs a whole number of folds, 2 or more' };
      o.cv = k;
    } else if (a.startsWith('-')) return { ...o, error: `unknown option ${a}` };
    else o.dir = a;
  }
  return o;
}

function traps(): number | null {
  try {
    return scoreTraps(readTraps()).trapPrecision;
  } catch {
    return null;
  }
}

export function main(argv: string[], io: Io = defaultIo): number {
  const args = parseArgs(argv);
  if (args.error || !args.dir) {
    io.err(args.error ? `${args.error}\n${USAGE}` : USAGE);
    return 1;
  }
  const dir = args.dir;
  let corpus;
  try {
    corpus = readCorpus(dir);
  } catch (e) {
    io.err(`${dir}: ${(e as Error).message}`);
    return 1;
  }
  for (const e of corpus.errors) io.err(`skipped ${e}`);
  if (!corpus.items.length) {
    io.err(`${dir}: no labelled adverts found`);
    return 1;
  }
  const items = corpus.items;
  let weightsOf: (item: CorpusItem) => Weights | undefined = () => undefined;
  if (args.cv) {
    if (args.cv > items.length) {
      io.err(`${dir}: ${items.length} adverts cannot make ${args.cv} folds`);
      return 1;
    }
    const own = resolve(dir) === resolve(OWN_CORPUS) ? [] : readCorpus(OWN_CORPUS).items;
    weightsOf = crossValidated(items, args.cv, args.handSet, own);
    const how = args.handSet ? 'hand-set weights' : `weights fitted on the other folds${own.length ? ` and the project's own ${own.length} adverts` : ''}`;
    io.out(`Cross-validation: ${args.cv} folds stratified by level (seed ${SEED}), ${how}; every figure below is on held-out folds.`);
  }
  const { figures, results } = evaluate(items, (i) => analyze(postingFromText(corpusText(i)), undefined, weightsOf(i)));
  const body = bodyOnly(items, weightsOf);
  const trap = traps();
  for (const line of report(figures, results, args.verbose)) io.out(line);
  io.out('');
  io.out(`Level from the text alone (title removed): ${body ?? '-'}`);
  io.out(`Certificate trap precision: ${trap ?? '-'}`);
  const labelled = results.flatMap((r) => (r.item.labels.facts ? [{ id: r.item.id, labels: r.item.labels.facts, facts: r.analysis.facts }] : []));
  const facts = labelled.length ? scoreFacts(labelled) : null;
  if (facts) {
    io.out('');
    io.out(`Advert facts (${labelled.length} adverts with fact labels): precision recall (tp fp fn)`);
    for (const [name, v] of Object.entries(facts)) io.out(`  ${pad(name, 12)} ${pad(v.precision ?? '-', 6)} ${pad(v.recall ?? '-', 6)} (${v.tp} ${v.fp} ${v.fn})`);
    if (args.verbose) for (const l of labelled) for (const issue of factIssues(l.labels, l.facts)) io.out(`  ${l.id}: ${issue}`);
  }
  const { families: _f, confusion: _c, reliability, ...rest } = figures;
  io.out(JSON.stringify({ ...headline(figures, body, trap), ...rest, reliability, ...(facts ? { facts } : {}) }));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
