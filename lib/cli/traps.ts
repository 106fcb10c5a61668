import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Analysis } from '../analysis';
import { analyze } from '../analyze/index';
import '../analyze/from-data';
import { postingFromText } from '../posting';

/**
 * The certificate trap corpus: wording that names no certificate (traps) and unusual but
 * real spellings of certificates (spellings). Written by the project; see tests/traps/README.md.
 */
const TrapItem = z.object({ id: z.string(), kind: z.string(), text: z.string().min(1) });
const SpellingItem = TrapItem.extend({ families: z.array(z.string()).min(1) });
export const TrapCorpusSchema = z.object({ traps: z.array(TrapItem), spellings: z.array(SpellingItem) });
export type TrapCorpus = z.infer<typeof TrapCorpusSchema>;

export const TRAP_CORPUS = fileURLToPath(new URL('../../tests/traps/certificates.json', import.meta.url));

export function readTraps(file = TRAP_CORPUS): TrapCorpus {
  return TrapCorpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface TrapFigures {
  /** Correct family hits over all family hits, traps and spellings together; null with no hits. */
  trapPrecision: number | null;
  /** Expected families found on the spellings; null with no spellings. */
  spellingRecall: number | null;
  falseHits: string[];
  missed: string[];
}

const families = (a: Analysis) => new Set(a.certificationsMentioned.map((c) => c.family));
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);

export function scoreTraps(corpus: TrapCorpus, run: (text: string) => Analysis = (t) => analyze(postingFromText(t))): TrapFigures {
  let tp = 0;
  let fp = 0;
  let expected = 0;
  const falseHits: string[] = [];
  const missed: string[] = [];
  for (const t of corpus.traps) {
    for (const f of families(run(t.text))) {
      fp++;
      falseHits.push(`${t.id} (${t.kind}): ${f}`);
    }
  }
  for (const s of corpus.spellings) {
    const found = families(run(s.text));
    expected += s.families.length;
    for (const f of s.families) {
      if (found.has(f)) tp++;
      else missed.push(`${s.id} (${s.kind}): ${f}`);
    }
    for (const f of found) {
      if (!s.families.includes(f)) {
        fp++;
        falseHits.push(`${s.id} (${s.kind}): ${f}`);
      }
    }
  }
  return { trapPrecision: ratio(tp, tp + fp), spellingRecall: ratio(tp, expected), falseHits, missed };
}
