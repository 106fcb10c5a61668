// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting';
import { byTestId, fakeDeps, mount, unmount } from '../../tests/popup/render';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) unmount(root);
  root = null;
});

const advert = postingFromText(
  `PMO Analyst

Join the portfolio office of a regional NHS trust. You will keep the RAID log and the portfolio
dashboard current, prepare board reports and check plans against the gateway process.
Essential: P3O Foundation.`,
  'text',
);

describe('popup with a profile', () => {
  it('shows P3O Foundation as held for a reader who holds P3O Practitioner', async () => {
    const analysis = analyze(advert, { held: ['p3o-practitioner'], targetLevel: null });
    root = await mount(fakeDeps({ state: 'ok', posting: advert, analysis }));
    const named = byTestId(root, 'cert-mentioned').find((m) => m.textContent?.includes('P3O Foundation'));
    expect(named?.textContent).toContain('You hold this');
    const recommended = byTestId(root, 'cert-recommended').find((r) => r.querySelector('.rec-name')?.textContent?.startsWith('P3O Foundation'));
    expect(recommended?.textContent).toContain('You hold this');
  });

  it('ticks nothing for a reader who holds nothing', async () => {
    const analysis = analyze(advert, { held: [], targetLevel: null });
    root = await mount(fakeDeps({ state: 'ok', posting: advert, analysis }));
    expect(root.textContent).not.toContain('You hold this');
    expect(byTestId(root, 'cert-mentioned').length).toBeGreaterThan(0);
  });
});

describe('popup opened on the sample advert', () => {
  it('analyses the sample text it was given instead of reading a tab', async () => {
    const deps = fakeDeps({ state: 'ok', posting: advert, analysis: analyze(advert) });
    root = await mount(deps, advert.text);
    expect(deps.analyzeText).toHaveBeenCalledWith(advert.text, 'text');
    expect(deps.analyzeTab).not.toHaveBeenCalled();
    expect(byTestId(root, 'level')[0]?.textContent).toContain('Analyst');
  });
});
