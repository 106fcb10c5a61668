import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { analyze, getCompiled } from '../analyze/index';
import { postingFromText } from '../posting';
import { corpusText, readCorpus } from './corpus';
import { defaultIo, type Io } from './io';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** A text of about `kb` kilobytes made of whole adverts. */
function repeatTo(texts: string[], kb: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < kb * 1024; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n').slice(0, kb * 1024);
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const dir = argv[0] ?? join(ROOT, 'tests/corpus');
  const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
  const { items } = readCorpus(dir);
  if (!items.length) {
    io.err(`${dir}: no adverts to time`);
    return 1;
  }
  const texts = items.map(corpusText);
  const postings = texts.map((t) => postingFromText(t));

  // Building the lexicon happens once per process; it is timed on its own, not per advert.
  const compileMs = time(() => getCompiled());
  io.out(`Lexicon compiled once in ${compileMs.toFixed(1)} ms`);

  // Warm-up: both code paths through the JIT before anything is measured.
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < texts.length; j++) {
      analyze(postings[j]!);
      nlp(texts[j]!);
    }
  }
  const aTimes: number[] = [];
  const pTimes: number[] = [];
  // Interleaved per advert and alternating order, so drift and GC hit both sides alike.
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < texts.length; j++) {
      const p = postings[j]!;
      const t = texts[j]!;
      if ((r + j) % 2) {
        aTimes.push(time(() => analyze(p)));
        pTimes.push(time(() => nlp(t)));
      } else {
        pTimes.push(time(() => nlp(t)));
        aTimes.push(time(() => analyze(p)));
      }
    }
  }
  const medianAnalyzeMs = r3(median(aTimes));
  const medianParseMs = r3(median(pTimes));
  const meanLen = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);
  io.out(`Corpus: ${texts.length} adverts from ${dir}, mean ${meanLen} characters, ${rounds} interleaved rounds`);
  io.out(`  analyze() median ${medianAnalyzeMs} ms   compromise nlp(text) median ${medianParseMs} ms   ratio ${r3(medianAnalyzeMs / medianParseMs)}`);

  io.out('Growth with text length (repeated advert text):');
  const growth: Array<{ kb: number; ms: number; msPerKb: number }> = [];
  for (const kb of [1, 10, 100, 1000]) {
    const text = repeatTo(texts, kb);
    const posting = postingFromText(text);
    const runs = kb >= 1000 ? 3 : kb >= 100 ? 5 : 9;
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(time(() => analyze(posting)));
    const m = median(ms);
    growth.push({ kb, ms: r3(m), msPerKb: r3(m / kb) });
    const capped = text.length > 200_000 ? ' (capped at 200,000 characters, as the notice says)' : '';
    io.out(`  ${String(kb).padStart(5)} KB  ${m.toFixed(2).padStart(9)} ms  ${(m / kb).toFixed(3)} ms/KB${capped}`);
  }

  const page = repeatTo(texts, 400).split(/\s+/).slice(0, 20_000).join(' ');
  const pagePosting = postingFromText(page);
  const pageMs: number[] = [];
  for (let i = 0; i < 5; i++) pageMs.push(time(() => analyze(pagePosting)));
  const pageMedian = r3(median(pageMs));
  io.out(`20,000-word page: analyze() median ${pageMedian} ms (target < 300 ms)`);

  const watchlist = join(ROOT, 'lib/cli/bench-watchlist.ts');
  if (existsSync(watchlist)) {
    try {
      const mod = (await import(pathToFileURL(watchlist).href)) as { main?: (argv: string[], io: Io) => unknown };
      if (typeof mod.main === 'function') await mod.main([], io);
    } catch (e) {
      io.err(`bench-watchlist: ${(e as Error).message.split('\n')[0]}`);
    }
  }

  io.out(
    JSON.stringify({
      medianAnalyzeMs,
      medianParseMs,
      ratio: r3(medianAnalyzeMs / medianParseMs),
      compileMs: r3(compileMs),
      page20kWordsMs: pageMedian,
      growth,
    }),
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`bench: ${(e as Error).message.split('\n')[0]}\n`);
      process.exitCode = 1;
    },
  );
}
