import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LevelId, OfficeId } from '../../lib/analysis';
import { CERT_FAMILIES, CertFamily } from '../../lib/knowledge/schemas';
import { FactLabelsSchema } from '../../lib/cli/fact-labels';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(here, '../corpus');
// Third-party adverts we measure against but must never copy from.
const thirdPartyDir = resolve(here, '../../../shared/corpus/dev');

const Requirement = z.enum(['required', 'desirable', 'mentioned']);
// Where careful readers could disagree, the format allows a list of acceptable answers.
const OneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(2)]);

const AdvertSchema = z.strictObject({
  id: z.string().regex(/^p\d{3}$/),
  title: z.string().trim().min(3),
  company: z.string().trim().min(2),
  source: z.union([z.literal('invented'), z.string().regex(/^https:\/\/example\.org\//)]),
  text: z.string().trim().min(200),
  labels: z.strictObject({
    pmo: z.boolean(),
    level: LevelId.nullable(),
    office: OneOrMany(OfficeId).nullable(),
    certFamilies: z.array(CertFamily),
    // partialRecord: an advert names a few families, not all of them.
    certRequirements: z.partialRecord(CertFamily, OneOrMany(Requirement)),
    hardCase: z.boolean(),
    nearMiss: z.boolean(),
    facts: FactLabelsSchema,
  }),
  rationale: z.string().trim().min(20),
});
type Advert = z.infer<typeof AdvertSchema>;

const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.json'))
  .sort();

function load(file: string): unknown {
  return JSON.parse(readFileSync(join(corpusDir, file), 'utf8'));
}

// Files that fail the schema are reported by their own test below; the corpus-wide checks
// run over the rest so that one broken file does not hide every other result.
const adverts: Advert[] = files.flatMap((f) => {
  const r = AdvertSchema.safeParse(load(f));
  return r.success ? [r.data] : [];
});

const words = (a: Advert) => `${a.title}\n\n${a.text}`.split(/\s+/).filter(Boolean).length;
const officesOf = (a: Advert) =>
  a.labels.office === null ? [] : Array.isArray(a.labels.office) ? a.labels.office : [a.labels.office];

describe('project corpus format', () => {
  it.each(files)('%s parses and matches the corpus format', (file) => {
    const result = AdvertSchema.safeParse(load(file));
    expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
  });

  it.each(files)('%s is named after its id', (file) => {
    const advert = AdvertSchema.parse(load(file));
    expect(file).toBe(`${advert.id}.json`);
  });

  it.each(files)('%s lists exactly the families it gives a requirement for', (file) => {
    const { labels } = AdvertSchema.parse(load(file));
    expect(new Set(labels.certFamilies).size).toBe(labels.certFamilies.length);
    expect([...labels.certFamilies].sort()).toEqual(Object.keys(labels.certRequirements).sort());
  });

  it.each(files)('%s has a level exactly when it is a PMO role', (file) => {
    const { labels } = AdvertSchema.parse(load(file));
    if (labels.pmo) expect(labels.level).not.toBeNull();
    else expect(labels.level).toBeNull();
  });

  it('loads every file it finds', () => {
    expect(adverts.length).toBe(files.length);
  });

  it('has unique ids', () => {
    const ids = adverts.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is large enough to measure against', () => {
    expect(adverts.length).toBeGreaterThanOrEqual(60);
  });

  it('names every certification family at least twice', () => {
    const counts = new Map<string, number>(CERT_FAMILIES.map((f) => [f, 0]));
    for (const a of adverts) for (const f of a.labels.certFamilies) counts.set(f, (counts.get(f) ?? 0) + 1);
    const thin = [...counts].filter(([, n]) => n < 2).map(([f]) => f);
    expect(thin).toEqual([]);
  });

  it('has every level at least ten times', () => {
    for (const level of LevelId.options) {
      expect(adverts.filter((a) => a.labels.level === level).length, level).toBeGreaterThanOrEqual(10);
    }
  });

  it('has at least fifteen negatives, some of them near misses', () => {
    const negatives = adverts.filter((a) => !a.labels.pmo);
    expect(negatives.length).toBeGreaterThanOrEqual(15);
    expect(negatives.filter((a) => a.labels.nearMiss).length).toBeGreaterThanOrEqual(5);
  });

  it('covers every office type and some adverts with no office stated', () => {
    const pmo = adverts.filter((a) => a.labels.pmo);
    for (const office of OfficeId.options) {
      expect(pmo.some((a) => officesOf(a).includes(office)), office).toBe(true);
    }
    expect(pmo.some((a) => a.labels.office === null)).toBe(true);
  });

  it('uses all three requirement strengths', () => {
    const seen = new Set(
      adverts.flatMap((a) => Object.values(a.labels.certRequirements).flatMap((r) => (Array.isArray(r) ? r : [r]))),
    );
    expect([...seen].sort()).toEqual(['desirable', 'mentioned', 'required']);
  });

  it('mixes short and long adverts', () => {
    const lengths = adverts.map(words);
    expect(lengths.filter((n) => n <= 120).length).toBeGreaterThanOrEqual(3);
    expect(lengths.filter((n) => n >= 900).length).toBeGreaterThanOrEqual(2);
  });

  it('marks hard cases', () => {
    expect(adverts.filter((a) => a.labels.pmo && a.labels.hardCase).length).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(!existsSync(thirdPartyDir))('shares no eight-word run with the third-party adverts', () => {
    const shingles = (text: string) => {
      const w = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
      const out = new Set<string>();
      for (let i = 0; i + 8 <= w.length; i++) out.add(w.slice(i, i + 8).join(' '));
      return out;
    };
    const theirs = new Set<string>();
    for (const f of readdirSync(thirdPartyDir).filter((n) => n.endsWith('.json'))) {
      const parsed = z.object({ text: z.string() }).safeParse(JSON.parse(readFileSync(join(thirdPartyDir, f), 'utf8')));
      if (parsed.success) for (const s of shingles(parsed.data.text)) theirs.add(s);
    }
    const copied = adverts.flatMap((a) => [...shingles(a.text)].filter((s) => theirs.has(s)).map((s) => `${a.id}: ${s}`));
    expect(copied).toEqual([]);
  });
});
