import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './eval';
import type { Io } from './io';

let dir: string;
const item = (id: string, title: string, text: string, labels: object) => JSON.stringify({ id, title, company: null, source: 'invented', text, labels });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pmo-eval-'));
  writeFileSync(
    join(dir, 'a.json'),
    item('a', 'PMO Manager', 'Line manage two PMO analysts and run the portfolio office. P3O Practitioner is essential.', {
      pmo: true,
      level: 'manager',
      office: ['portfolio', 'enterprise'],
      certFamilies: ['p3o'],
      certRequirements: { p3o: 'required' },
    }),
  );
  writeFileSync(
    join(dir, 'c.json'),
    item('c', 'Project Support Officer', 'Take minutes at project boards, keep the RAID log and collate highlight reports for the project managers.', {
      pmo: true,
      level: 'administrator',
      office: 'project',
      certFamilies: [],
    }),
  );
  writeFileSync(
    join(dir, 'd.json'),
    item('d', 'Head of PMO', 'Lead the enterprise PMO, set portfolio strategy with the executive committee and manage three PMO managers.', {
      pmo: true,
      level: 'director',
      office: 'enterprise',
      certFamilies: [],
      hardCase: true,
    }),
  );
  writeFileSync(
    join(dir, 'b.json'),
    item('b', 'Project Manager', 'Deliver projects end to end and lead projects for our clients. PMP required.', {
      pmo: false,
      level: null,
      office: null,
      certFamilies: ['pmp'],
      certRequirements: { pmp: ['required', 'desirable'] },
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run eval', () => {
  it('prints the figures and ends with one JSON object', () => {
    const out: string[] = [];
    const io: Io = { out: (l) => out.push(l), err: (l) => out.push(`ERR ${l}`) };
    expect(main([dir], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Level accuracy/);
    expect(text).toMatch(/Level confusion/);
    expect(text).toMatch(/Confidence reliability/);
    const last = JSON.parse(out[out.length - 1]!);
    expect(last).toMatchObject({ items: 4, levelAccuracy: 1, pmoAccuracy: 1, officeAccuracy: 1, familyMicroF1: 1, requirementAccuracy: 1 });
  });

  const CONTRACT = ['n', 'pmo', 'level', 'levelExact', 'bodyOnly', 'office', 'officeTop2', 'certP', 'certR', 'certF1', 'requirement', 'trapPrecision'];

  it('--cv K --json scores held-out folds and ends with the contract\'s figures', () => {
    const out: string[] = [];
    expect(main(['--cv', '2', '--json', dir], { out: (l) => out.push(l), err: (l) => out.push(`ERR ${l}`) })).toBe(0);
    expect(out[0]).toMatch(/2 folds stratified by level/);
    const last = JSON.parse(out[out.length - 1]!);
    for (const k of CONTRACT) expect(last, k).toHaveProperty(k);
    expect(last.n).toBe(4);
    for (const k of CONTRACT.filter((k) => k !== 'n')) if (last[k] !== null) expect(last[k], k).toBeGreaterThanOrEqual(0);
    expect(last.levelExact).toBeLessThanOrEqual(last.level);
    // Each fold fits three models and their calibration on the project's whole corpus: room for a busy machine.
  }, 180_000);

  it('a figure with nothing to count is null', () => {
    const out: string[] = [];
    const lone = mkdtempSync(join(tmpdir(), 'pmo-eval-'));
    writeFileSync(join(lone, 'x.json'), item('x', 'Chef', 'Cook lunches for 200 pupils.', { pmo: false, level: null, office: null, certFamilies: [] }));
    expect(main(['--json', lone], { out: (l) => out.push(l), err: () => {} })).toBe(0);
    const last = JSON.parse(out[out.length - 1]!);
    rmSync(lone, { recursive: true, force: true });
    expect(last).toMatchObject({ n: 1, pmo: 1, level: null, levelExact: null, bodyOnly: null, office: null, certF1: null, requirement: null });
  });

  it('a bad fold count is a one-line usage error', () => {
    const err: string[] = [];
    expect(main(['--cv', 'x', dir], { out: () => {}, err: (l) => err.push(l) })).toBe(1);
    expect(err.join('\n')).toMatch(/--cv needs a whole number/);
  });

  it('a folder without corpus files is an error', () => {
    const err: string[] = [];
    expect(main([join(dir, 'nothing')], { out: () => {}, err: (l) => err.push(l) })).toBe(1);
    expect(err).toHaveLength(1);
  });
});
