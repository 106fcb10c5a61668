import nlp from 'compromise';
import { registerLemma, resetNormCache, tokenize } from './normalize';

type VerbForms = Partial<Record<'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle', string>>;
interface CompromiseWorld {
  model: { one: { lexicon: Record<string, string | undefined> } };
  methods: {
    two: {
      transform: {
        verb: {
          conjugate(inf: string, model: unknown): VerbForms;
          toInfinitive(word: string, model: unknown, tense: string): string;
        };
        noun: { toPlural(word: string, model: unknown): string };
      };
    };
  };
}

const seen = new Set<string>();

/**
 * Teach the normaliser the inflections of the lexicon's words with compromise's own verb
 * and noun models, once, at compile time: "take minutes" then also meets "taking minutes" and "took
 * minutes", and "line-manage" meets "line managing". Only compromise's lexicon and conjugation
 * tables are used (no tagging), so this costs milliseconds; adverts never go through it.
 */
export function learnLemmas(phrases: Iterable<string>): void {
  const world = (nlp as unknown as { world(): CompromiseWorld }).world();
  const { model, methods } = world;
  const lex = model.one.lexicon;
  const verb = methods.two.transform.verb;
  const noun = methods.two.transform.noun;
  for (const p of phrases) {
    for (const t of tokenize(p)) {
      const w = t.raw.toLowerCase();
      if (w.length <= 3 || !/^[a-z]+$/.test(w) || seen.has(w)) continue;
      seen.add(w);
      // Plurals the cheap stemmer gets wrong ("processes", "analyses", "statuses", "criteria").
      if (!/s$/.test(w) || /(ss|is|us)$/.test(w)) {
        const plural = noun.toPlural(w, model);
        if (plural && plural !== w && /^[a-z]+$/.test(plural)) registerLemma(plural, w);
      }
      let inf: string | null = null;
      const tag = lex[w];
      if (tag === 'Infinitive') inf = w;
      else if (tag === 'Gerund' || w.endsWith('ing')) inf = verb.toInfinitive(w, model, 'Gerund');
      else if (tag === 'PastTense' || w.endsWith('ed')) inf = verb.toInfinitive(w, model, 'PastTense');
      if (!inf || lex[inf] !== 'Infinitive') continue;
      const forms = verb.conjugate(inf, model);
      for (const f of [forms.PastTense, forms.PresentTense, forms.Gerund, forms.Participle, w]) {
        if (f && !/\s/.test(f)) registerLemma(f.toLowerCase(), inf);
      }
    }
  }
  resetNormCache();
}
