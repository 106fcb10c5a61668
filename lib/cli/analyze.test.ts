import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { FitSchema } from '../analysis';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, main, MAX_INPUT_BYTES } from './analyze';
import type { Io } from './io';

function capture(stdin?: string | ((max?: number) => Uint8Array)): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const readStdin = typeof stdin === 'function' ? stdin : () => stdin ?? '';
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), readStdin };
}

const ADVERT = `PMO Analyst
Thistle Water Services

We are looking for a PMO Analyst to join the programme office of our asset renewal programme.
- Produce the monthly dashboards and highlight reports for the programme board
- Maintain the RAID log and track dependencies between projects
- Analyse spend against budget with Finance
Essential: PRINCE2 Foundation. Desirable: MSP Foundation.`;

const PAGE = `<!doctype html><html><head><title>Careers</title>
<link rel="canonical" href="https://careers.example.org/jobs/881">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Head of PMO',
  hiringOrganization: { '@type': 'Organization', name: 'Harbour Lane Insurance' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Leeds', addressCountry: 'GB' } },
  description:
    '<p>Lead our enterprise PMO and set the PMO strategy.</p><ul><li>Run portfolio prioritisation with the executive committee</li><li>Line manage three PMO managers</li><li>MoP Practitioner is desirable</li></ul>',
})}</script></head><body><h1>Head of PMO</h1><p>Apply online.</p></body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pmo-cli-'));
  writeFileSync(join(dir, 'advert.txt'), ADVERT);
  writeFileSync(join(dir, 'page.html'), PAGE);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
  writeFileSync(join(dir, 'nojob.html'), '<html><body><nav>Home</nav></body></html>');
  writeFileSync(join(dir, 'held.json'), JSON.stringify({ held: ['prince2-foundation', 'msp-foundation'] }));
  writeFileSync(join(dir, 'blank-profile.json'), '{}');
  writeFileSync(join(dir, 'broken.json'), '{"held": [');
  writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ held: 'prince2-foundation' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run analyze', () => {
  it('--json on one text file prints one object with posting and analysis', () => {
    const io = capture();
    expect(main(['--json', join(dir, 'advert.txt')], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('\n'));
    expect(out.file).toBeUndefined();
    expect(out.posting).toEqual({ title: 'PMO Analyst', company: null, location: null, url: null, source: 'text', textLength: ADVERT.length });
    expect(out.analysis.isPmoRole).toBe(true);
    expect(out.analysis.level.id).toBe('analyst');
    expect(out.analysis.certificationsMentioned).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ family: 'prince2', requirement: 'required', text: 'PRINCE2 Foundation' }),
        expect.objectContaining({ family: 'msp', requirement: 'desirable' }),
      ]),
    );
    expect(io.stderr).toEqual([]);
  });

  it('an HTML page goes through the extractor (JSON-LD here)', () => {
    const io = capture();
    expect(main(['--json', join(dir, 'page.html')], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('\n'));
    expect(out.posting.title).toBe('Head of PMO');
    expect(out.posting.company).toBe('Harbour Lane Insurance');
    expect(out.posting.source).toBe('jsonld');
    expect(out.analysis.level.id).toBe('director');
    expect(out.analysis.certificationsMentioned[0]).toMatchObject({ family: 'mop', requirement: 'desirable' });
  });

  it('several files print JSON lines with "file"; a bad file is one stderr line and exit 1', () => {
    const io = capture();
    const files = [join(dir, 'advert.txt'), join(dir, 'missing.txt'), join(dir, 'page.html')];
    expect(main(['--json', ...files], io)).toBe(1);
    expect(io.stdout).toHaveLength(2);
    const lines = io.stdout.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([files[0], files[2]]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toBe(`${files[1]}: no such file`);
  });

  it('empty, binary and advert-less files are refused with a reason', () => {
    for (const [name, reason] of [
      ['empty.txt', 'empty'],
      ['blob.txt', 'binary'],
      ['nojob.html', 'no job advert'],
    ]) {
      const io = capture();
      expect(main([join(dir, name!)], io)).toBe(1);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toContain(name);
      expect(io.stderr[0]).toContain(reason);
      expect(io.stderr[0]).not.toMatch(/\n|at .*\.ts/);
    }
  });

  it('the readable report names the level, office and certificates', () => {
    const io = capture();
    expect(main([join(dir, 'advert.txt')], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/Level: 2 · PMO Analyst/);
    expect(text).toMatch(/Office: programme/);
    expect(text).toMatch(/PRINCE2 Foundation.*required/);
    expect(text).toMatch(/Certifications that would help:/);
  });

  it('- reads standard input', () => {
    const io = capture(ADVERT);
    expect(main(['--json', '-'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).analysis.level.id).toBe('analyst');
  });

  it('with no FILE it reads the bundled sample advert', () => {
    const io = capture();
    expect(main(['--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('\n'));
    expect(out.posting.textLength).toBeGreaterThan(500);
    expect(out.analysis.isPmoRole).toBe(true);
  });

  it('--url sets the posting url of a text file', () => {
    const io = capture();
    main(['--json', '--url', 'https://jobs.example.org/1', join(dir, 'advert.txt')], io);
    expect(JSON.parse(io.stdout.join('\n')).posting.url).toBe('https://jobs.example.org/1');
  });

  it('an unknown option is a usage error', () => {
    const io = capture();
    expect(main(['--jsn'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/unknown option --jsn/);
  });

  it('--url must be an http(s) address: anything else is a one-line error and exit 1', () => {
    for (const args of [['--url', 'javascript:alert(1)'], ['--url', 'not a url'], ['--url='], ['--url=file:///etc/passwd'], ['--url']]) {
      const io = capture();
      expect(main(['--json', ...args, join(dir, 'page.html')], io), args.join(' ')).toBe(1);
      expect(io.stdout).toEqual([]);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(/^--url (must be|needs)/);
    }
  });

  it('refuses a FILE that is not a regular file, such as a device that never ends', () => {
    const io = capture();
    expect(main(['/dev/urandom'], io)).toBe(1);
    expect(io.stderr).toEqual(['/dev/urandom: it is not a regular file (a device, pipe or socket); give a saved page or a text file']);
  });

  it('stops reading standard input past its limit instead of taking it all', () => {
    let asked: number | undefined;
    const io = capture((max) => {
      asked = max;
      return Buffer.alloc((max ?? 1_000_000) + 1, 'a');
    });
    expect(main(['--json', '-'], io)).toBe(1);
    expect(asked).toBe(MAX_INPUT_BYTES);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^standard input: more than 50 MB arrived/);
  });

  it('empty standard input is reported as such, not as an empty file', () => {
    const io = capture('  \n');
    expect(main(['-'], io)).toBe(1);
    expect(io.stderr).toEqual(['standard input: nothing was given (it was empty)']);
  });

  it('a page nested deeper than browsers nest is read, and the reader is told it was flattened', () => {
    const deep = PAGE.replace('<h1>Head of PMO</h1>', `<h1>Head of PMO</h1>${'<div>'.repeat(3000)}<p>Nested</p>${'</div>'.repeat(3000)}`);
    writeFileSync(join(dir, 'deep.html'), deep);
    const io = capture();
    expect(main(['--json', join(dir, 'deep.html')], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).posting.title).toBe('Head of PMO');
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/deep\.html: note: the page nests its elements more than 512 levels deep/);
  });

  it("the page's own data never sends the job to another address or scheme, nor overrides --url", () => {
    const withUrl = (u: string) => PAGE.replace('"title":"Head of PMO"', `"title":"Head of PMO","url":${JSON.stringify(u)}`);
    const read = (html: string, ...args: string[]) => {
      writeFileSync(join(dir, 'claims.html'), html);
      const io = capture();
      expect(main(['--json', ...args, join(dir, 'claims.html')], io)).toBe(0);
      return JSON.parse(io.stdout.join('\n')).posting.url;
    };
    expect(read(withUrl('javascript:alert(1)'))).toBe('https://careers.example.org/jobs/881');
    expect(read(withUrl('https://elsewhere.example.net/jobs/881'))).toBe('https://careers.example.org/jobs/881');
    // Same site, http(s): the data's address for the job stands.
    expect(read(withUrl('https://careers.example.org/jobs/881-head-of-pmo'))).toBe('https://careers.example.org/jobs/881-head-of-pmo');
    expect(read(withUrl('https://careers.example.org/jobs/881-head-of-pmo'), '--url', 'https://careers.example.org/jobs/881?from=mail')).toBe(
      'https://careers.example.org/jobs/881?from=mail',
    );
  });

  it('decodes a saved page by its declared encoding', () => {
    const [before, after] = PAGE.replace('<title>', '<meta charset="windows-1252"><title>').split('MoP Practitioner is desirable');
    // "£" and "’" are the single bytes 0xA3 and 0x92 in windows-1252.
    const html = Buffer.concat([
      Buffer.from(`${before}Salary `),
      Buffer.from([0xa3]),
      Buffer.from('60,000. You'),
      Buffer.from([0x92]),
      Buffer.from(`ll lead the PMO.${after}`),
    ]);
    writeFileSync(join(dir, 'legacy.html'), html);
    const io = capture();
    expect(main(['--json', join(dir, 'legacy.html')], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    const loaded = load(join(dir, 'legacy.html'), undefined, io);
    expect('posting' in loaded && loaded.posting.text).toContain('Salary £60,000. You’ll lead the PMO.');
  });

  it('--profile reads a profile file and analyses as that reader; missing fields mean not given', () => {
    const run = (...args: string[]) => {
      const io = capture();
      expect(main(['--json', ...args, join(dir, 'advert.txt')], io)).toBe(0);
      return JSON.parse(io.stdout.join('\n')).analysis;
    };
    const without = run();
    const held = run('--profile', join(dir, 'held.json'));
    expect(held).not.toEqual(without);
    // With any profile every certificate carries `held`; otherwise a blank profile changes nothing.
    const blank = run(`--profile=${join(dir, 'blank-profile.json')}`);
    type Cert = { held?: boolean };
    const certs = (a: { certificationsMentioned: Cert[]; recommendations: Cert[] }) => [...a.certificationsMentioned, ...a.recommendations];
    expect(certs(blank).length).toBeGreaterThan(0);
    expect(certs(blank).every((c) => c.held === false)).toBe(true);
    expect(certs(without).every((c) => !('held' in c))).toBe(true);
    // A profile adds the fit; everything else is as without one.
    const strip = ({ fit: _fit, ...a }: typeof blank) => ({
      ...a,
      certificationsMentioned: a.certificationsMentioned.map(({ held: _h, ...c }: Cert) => c),
      recommendations: a.recommendations.map(({ held: _h, ...c }: Cert) => c),
    });
    expect(strip(blank)).toEqual(without);
  });

  it('--json --profile prints the fit in the shape of the contract: each ask held or missing, counts, required missing first', () => {
    writeFileSync(
      join(dir, 'fit-advert.txt'),
      'PMO Manager\n\nYou will run the programme office.\n\nEssential:\n- P3O Practitioner\n- Stakeholder management and risk management\n- Microsoft Project\n\nDesirable:\n- Power BI\n- PRINCE2 Practitioner\n',
    );
    writeFileSync(join(dir, 'fit-profile.json'), JSON.stringify({ held: ['prince2-practitioner'], skills: ['stakeholder-management'], tools: ['ms-project'] }));
    const io = capture();
    expect(main(['--json', '--profile', join(dir, 'fit-profile.json'), join(dir, 'fit-advert.txt')], io)).toBe(0);
    const fit = FitSchema.parse(JSON.parse(io.stdout.join('\n')).analysis.fit);
    const byId = new Map(fit.asked.map((a) => [a.id, a]));
    expect(byId.get('p3o-practitioner')).toMatchObject({ kind: 'certification', requirement: 'required', held: false });
    expect(byId.get('prince2-practitioner')).toMatchObject({ kind: 'certification', requirement: 'desirable', held: true });
    expect(byId.get('power-bi')).toMatchObject({ kind: 'tool', requirement: 'desirable', held: false });
    expect(byId.get('ms-project')).toMatchObject({ kind: 'tool', held: true });
    expect(byId.get('stakeholder-management')).toMatchObject({ kind: 'skill', held: true });
    expect(fit.askedCount).toBe(fit.asked.length);
    expect(fit.heldCount).toBe(fit.asked.filter((a) => a.held).length);
    expect(fit.requiredMissing).toContain('p3o-practitioner');
    expect(fit.requiredMissing).not.toContain('power-bi');
    // Missing before held, and required before desirable among the missing.
    const firstHeld = fit.asked.findIndex((a) => a.held);
    expect(fit.asked.slice(0, firstHeld).every((a) => !a.held)).toBe(true);
    expect(fit.asked.findIndex((a) => a.id === 'p3o-practitioner')).toBeLessThan(fit.asked.findIndex((a) => a.id === 'power-bi'));
    expect(fit.nextSteps[0]?.id).toBe('p3o-practitioner');
  });

  it('--profile: a reader holding P3O Practitioner holds the P3O Foundation an advert asks for, in both lists', () => {
    writeFileSync(join(dir, 'p3o.txt'), 'PMO Analyst\n\nEssential: P3O Foundation certification. You will keep the RAID log and the portfolio dashboard up to date.');
    writeFileSync(join(dir, 'p3o-profile.json'), JSON.stringify({ held: ['p3o-practitioner'] }));
    const io = capture();
    expect(main(['--json', '--profile', join(dir, 'p3o-profile.json'), join(dir, 'p3o.txt')], io)).toBe(0);
    const a = JSON.parse(io.stdout.join('\n')).analysis;
    const named = a.certificationsMentioned.find((c: { id: string }) => c.id === 'p3o-foundation');
    expect(named).toMatchObject({ requirement: 'required', held: true });
    for (const r of a.recommendations.filter((c: { id: string }) => c.id === 'p3o-foundation')) expect(r.held).toBe(true);
  });

  it('a bad --profile file is a one-line error naming it, exit 1', () => {
    for (const [name, reason] of [
      ['broken.json', /not valid JSON/],
      ['wrong.json', /^.*wrong\.json: held: /],
      ['missing.json', /no such file/],
    ] as const) {
      const io = capture();
      expect(main(['--profile', join(dir, name), join(dir, 'advert.txt')], io), name).toBe(1);
      expect(io.stdout).toEqual([]);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toContain(name);
      expect(io.stderr[0]).toMatch(reason);
    }
  });
});
