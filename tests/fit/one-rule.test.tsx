// @vitest-environment happy-dom
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FitSchema, toProfile, type Fit } from '../../lib/analysis';
import { analyze } from '../../lib/analyze';
import { fitLine } from '../../lib/analyze/fit';
import { heldRule } from '../../lib/analyze/held';
import { main } from '../../lib/cli/analyze';
import { postingFromText } from '../../lib/posting';
import { CATALOG, certLabel } from '../../lib/watchlist/catalog';
import { parseCsv } from '../../lib/watchlist/csv';
import { buildEntry } from '../../lib/watchlist/entry';
import { CSV_HEADER, exportCsv } from '../../lib/watchlist/export';
import { fitReader, holderOfEntry } from '../../lib/watchlist/fit';
import { summarise } from '../../lib/watchlist/summary';
import { byTestId, fakeDeps, mount, unmount } from '../popup/render';

const ADVERT = `Programme Office Manager
Harrowgate Water

You will lead the programme office for our capital delivery programme.

Essential:
- P3O Foundation or higher
- Stakeholder management and risk management
- Microsoft Project and Excel

Desirable:
- Power BI
- MSP Foundation

PRINCE2 is mentioned in our methods handbook.`;

const PROFILE = { held: ['p3o-practitioner'], skills: ['stakeholder-management'], tools: ['excel', 'power-bi'] };

const dir = mkdtempSync(join(tmpdir(), 'pmo-fit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answers = (fit: Fit) => Object.fromEntries(fit.asked.map((a) => [`${a.kind}:${a.id}`, a.held]));

describe('one held rule: the popup, the watchlist page, the CSV and the CLI give the same answers', () => {
  it('for the same profile and advert', async () => {
    writeFileSync(join(dir, 'advert.txt'), ADVERT);
    writeFileSync(join(dir, 'profile.json'), JSON.stringify(PROFILE));
    const out: string[] = [];
    expect(main(['--json', '--profile', join(dir, 'profile.json'), join(dir, 'advert.txt')], { out: (l) => out.push(l), err: () => undefined })).toBe(0);
    const cli = FitSchema.parse(JSON.parse(out.join('\n')).analysis.fit);
    // The advert gives each kind of ask, held and missing, so agreement means something.
    expect(cli.asked.some((a) => a.kind === 'certification' && a.held)).toBe(true);
    expect(cli.asked.some((a) => a.kind === 'certification' && !a.held)).toBe(true);
    expect(cli.asked.some((a) => a.kind === 'skill' && a.held)).toBe(true);
    expect(cli.asked.some((a) => a.kind === 'tool' && !a.held)).toBe(true);

    // Popup: the background analyses with the profile, the popup shows each ask held or missing.
    const posting = postingFromText(ADVERT, 'text');
    const root = await mount(fakeDeps({ state: 'ok', posting, analysis: analyze(posting, PROFILE) }));
    const card = byTestId(root, 'fit')[0]!;
    expect(card.textContent).toContain(`${cli.heldCount} of ${cli.askedCount}`);
    const shown = [...card.querySelectorAll('.fit-item')].map((li) => [li.querySelector('.fit-label')!.textContent, li.classList.contains('fit-held')]);
    expect(shown).toEqual(cli.asked.map((a) => [a.label, a.held]));
    // Under the level card.
    const level = byTestId(root, 'level')[0]!;
    expect(level.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmount(root);

    // Watchlist page: a job saved without any profile, judged later against the reader's.
    const { snapshot: _s, ...entry } = buildEntry(posting, analyze(posting), new Date('2026-11-20T09:00:00Z'));
    const fitOf = fitReader(toProfile(PROFILE), CATALOG, certLabel);
    const job = summarise(entry);
    expect(answers(fitOf(job))).toEqual(answers(cli));
    expect(fitOf(job).requiredMissing).toEqual(cli.requiredMissing);

    // CSV: the same line the page and the CLI would print.
    const rows = parseCsv(exportCsv([entry], heldRule(PROFILE.held, CATALOG), (e) => fitOf(holderOfEntry(e))));
    expect(rows[1]![CSV_HEADER.indexOf('Your fit')]).toBe(fitLine(cli));
    expect(rows[1]![CSV_HEADER.indexOf('Required and missing')]).toBe(cli.asked.filter((a) => !a.held && a.requirement === 'required').map((a) => a.label).join('; '));
  });
});
