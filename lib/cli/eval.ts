import { pathToFileURL } from 'node:url';
import { LEVEL_ORDER, REQUIREMENT_RANK, type Analysis, type Requirement } from '../analysis';
import { analyze } from '../analyze/index';
import { postingFromText } from '../posting';
import { corpusText, readCorpus, type CorpusItem } from './corpus';
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
  levelItems: number;
  pmoAccuracy: number;
  officeAccuracy: number;
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
  let levelN = 0;
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
    }
    // Calibration: the confidence is about the whole answer (PMO or not, and the level).
    calib.push({ c: a.level.confidence, ok: pOk && (!L.pmo || !L.level || a.level.id === L.level) });
    let oOk: boolean | null = null;
    const offices = asList(L.office);
    if (offices.length) {
      officeN++;
      oOk = !!a.offices[0] && offices.includes(a.offices[0].id);
      if (oOk) officeOk++;
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
      levelItems: levelN,
      pmoAccuracy: ratio(pmoOk, items.length),
      officeAccuracy: ratio(officeOk, officeN),
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
  out.push(`Level accuracy (PMO items with a level): ${f.levelAccuracy} (${f.levelItems} items)`);
  out.push(`PMO versus not: ${f.pmoAccuracy}`);
  out.push(`Office accuracy (items with an office label, top office): ${f.officeAccuracy} (${f.officeItems} items)`);
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

export function main(argv: string[], io: Io = defaultIo): number {
  const args = argv.filter((a) => a !== '--verbose' && a !== '-v');
  const verbose = args.length !== argv.length;
  const dir = args[0];
  if (!dir) {
    io.err('usage: npm run eval -- [--verbose] DIR');
    return 1;
  }
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
  const { figures, results } = evaluate(corpus.items);
  for (const line of report(figures, results, verbose)) io.out(line);
  const { families: _f, confusion: _c, reliability, ...headline } = figures;
  io.out(JSON.stringify({ ...headline, reliability }));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
