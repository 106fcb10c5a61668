import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCorpus } from './corpus';
import { defaultIo, type Io } from './io';
import { featuresOf, train, type ItemFeatures } from './train-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The project's own corpus, written to teach the cues. */
const OWN = resolve(ROOT, 'tests/corpus');
const USAGE = 'usage: npm run train -- [--out FILE] [CORPUS_DIR ...]   (default: tests/corpus and ../shared/corpus/dev when it exists)';

/** The corpora to fit on: those given, else the project's own and the real adverts beside the clone. */
function corpora(dirs: string[]): string[] {
  if (dirs.length) return dirs;
  const dev = process.env.PMO_DEV_CORPUS ?? resolve(ROOT, '../shared/corpus/dev');
  return [resolve(ROOT, 'tests/corpus'), ...(existsSync(dev) ? [dev] : [])];
}

/** Fit the level, PMO and office weights and write them as data/weights.json. */
export function main(argv: string[], io: Io = defaultIo): number {
  let out = resolve(ROOT, 'data/weights.json');
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) out = resolve(argv[++i]!);
    else if (argv[i]!.startsWith('-')) {
      io.err(USAGE);
      return 1;
    } else dirs.push(argv[i]!);
  }
  const items: ItemFeatures[] = [];
  const names: string[] = [];
  for (const dir of corpora(dirs)) {
    try {
      const c = readCorpus(dir);
      for (const e of c.errors) io.err(`skipped ${e}`);
      items.push(...featuresOf(c.items, resolve(dir) === OWN));
      names.push(`${relative(ROOT, resolve(dir)).replace(/\\/g, '/')} (${c.items.length})`);
    } catch (e) {
      io.err(`${dir}: ${(e as Error).message}`);
      return 1;
    }
  }
  if (!items.length) {
    io.err('no labelled adverts to fit on');
    return 1;
  }
  const weights = train(items, names);
  const comment = 'Weights of the matcher\'s groups of cues, fitted by `npm run train` (regularised toward the hand-set weights). Level: score(L) = bias[L] + sum over groups c and levels S of weights[c][L][S] × score of group c for S. PMO: logistic over the named cues. Office: softmax over offices of bias + weights per group × that group\'s score for the office.';
  const round = (_: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v);
  writeFileSync(out, `${JSON.stringify({ $comment: comment, ...weights }, round, 2)}\n`);
  io.out(`fitted on ${items.length} adverts from ${names.join(', ')} -> ${relative(process.cwd(), out) || out}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
