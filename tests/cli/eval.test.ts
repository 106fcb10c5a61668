import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../lib/cli/eval';
import type { Io } from '../../lib/cli/io';

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
    expect(last).toMatchObject({ items: 2, levelAccuracy: 1, pmoAccuracy: 1, officeAccuracy: 1, familyMicroF1: 1, requirementAccuracy: 1 });
  });

  it('a folder without corpus files is an error', () => {
    const err: string[] = [];
    expect(main([join(dir, 'nothing')], { out: () => {}, err: (l) => err.push(l) })).toBe(1);
    expect(err).toHaveLength(1);
  });
});
