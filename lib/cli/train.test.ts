import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WeightsSchema, type Weights } from '../analyze/level/model';
import { main } from './train';

const dir = mkdtempSync(join(tmpdir(), 'pmo-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run train', () => {
  it('fits on the given corpus and writes weights that validate', () => {
    const out: string[] = [];
    const file = join(dir, 'weights.json');
    expect(main(['--out', file, join(__dirname, '../../tests/corpus')], { out: (l) => out.push(l), err: (l) => out.push(`ERR ${l}`) })).toBe(0);
    expect(out.join('\n')).toMatch(/fitted on \d+ adverts/);
    const w = WeightsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) as Weights;
    expect(w.fitted?.items).toBeGreaterThan(90);
    // The fit keeps the title counting for the level it names.
    expect(w.level.weights.title.director.director).toBeGreaterThan(0.5);
    // The fit and its calibration read the whole corpus: room for a busy machine.
  }, 90_000);

  it('a missing corpus folder is a one-line error', () => {
    const err: string[] = [];
    expect(main(['--out', join(dir, 'x.json'), join(dir, 'nowhere')], { out: () => {}, err: (l) => err.push(l) })).toBe(1);
    expect(err).toHaveLength(1);
  });
});
