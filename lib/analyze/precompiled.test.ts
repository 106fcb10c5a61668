import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ProfileInput } from '../analysis';
import { readCorpus } from '../cli/corpus';
import { postingFromText, type Posting } from '../posting';
import { precompile } from './precompile';
import type { Precompiled } from './precompiled';

const { items } = readCorpus(join(__dirname, '../../tests/corpus'));
const postings: Posting[] = items.map((i) => ({ ...postingFromText(i.text), title: i.title, company: i.company ?? null }));
const profiles: Array<ProfileInput | undefined> = [undefined, { held: ['prince2-foundation', 'p3o-foundation'], targetLevel: 'manager' }];

type Modules = { run: typeof import('./index'); normalize: typeof import('./normalize') };

/** A fresh copy of the analyser's modules: no lemma learnt, no data loaded, nothing compiled. */
async function freshModules(): Promise<
  Modules & { precompiled: typeof import('./precompiled'); knowledge: typeof import('../knowledge/load'); facts: typeof import('./facts/rules') }
> {
  vi.resetModules();
  return {
    run: await import('./index'),
    normalize: await import('./normalize'),
    precompiled: await import('./precompiled'),
    knowledge: await import('../knowledge/load'),
    facts: await import('./facts/rules'),
  };
}

describe('the matcher compiled when the extension is built', () => {
  it('gives the same analysis as the one compiled from data/ at run time, on every corpus advert', async () => {
    expect(postings.length).toBeGreaterThanOrEqual(60);
    vi.resetModules();
    await import('./from-data');
    const runtime = await import('./index');
    const expected = profiles.map((p) => postings.map((posting) => runtime.analyze(posting, p)));
    // Through JSON, as the extension gets it.
    const data = JSON.parse(JSON.stringify(precompile())) as Precompiled;

    const fresh = await freshModules();
    expect(fresh.normalize.learntLemmas()).toEqual([]);
    fresh.precompiled.installPrecompiled(data);
    const got = profiles.map((p) => postings.map((posting) => fresh.run.analyze(posting, p)));
    expect(got).toEqual(expected);
    // Not a trivial agreement: the adverts are read as PMO roles at several levels.
    expect(new Set(expected[0]!.map((a) => a.level.id)).size).toBe(5);
  }, 180_000);

  it('installs without validating or compiling again', async () => {
    const data = JSON.parse(JSON.stringify(precompile())) as Precompiled;
    const fresh = await freshModules();
    const compiled = fresh.precompiled.installPrecompiled(data);
    expect(fresh.knowledge.loadKnowledgeBase()).toBe(data.kb);
    expect(fresh.facts.loadFactRules()).toBe(data.facts.factRules);
    expect(compiled.lexicon.size).toBe(data.lexicon.size);
    expect(fresh.normalize.learntLemmas()).toEqual(data.lemmas);
  });

  it('carries the inflections compromise taught, which the plain stemmer would not find', () => {
    const lemmas = new Map(precompile().lemmas);
    expect(lemmas.get('took')).toBe('take');
    expect(lemmas.get('processes')).toBe('process');
  });
});
