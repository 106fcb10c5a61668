// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toProfile, type Profile } from '../../lib/analysis';
import { ProfileEditor } from './ProfileEditor';
import { until } from '../../tests/ui/until';

const CV = `Sam Writer
Programme support, SC cleared.

Certifications: PRINCE2 Practitioner, P3O Foundation.
Skills: risk management, stakeholder management; Power BI and Microsoft Project every day.`;

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function mount(profile: Profile, onSave: (p: Profile) => Promise<boolean>) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<ProfileEditor profile={profile} onSave={onSave} seen={[]} />, root!));
}

describe('reading a CV on the profile page', () => {
  it('shows what was found, adds only what the reader leaves ticked, and keeps no CV text', async () => {
    const onSave = vi.fn(async (_p: Profile) => true);
    await mount(toProfile({ held: ['p3o-foundation'] }), onSave);
    const area = root!.querySelector('#wl-cv-text') as HTMLTextAreaElement;
    await act(() => {
      area.value = CV;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const readButton = [...root!.querySelectorAll('button')].find((b) => b.textContent === 'Read pasted text')!;
    await act(() => readButton.click());
    await until(() => root!.querySelectorAll('[data-testid="cv-finding"]').length > 0, 'findings');
    expect(onSave).not.toHaveBeenCalled();

    const findings = [...root!.querySelectorAll('[data-testid="cv-finding"]')];
    const labelled = (text: string) => findings.find((f) => f.textContent?.startsWith(text))!.querySelector('input') as HTMLInputElement;
    // Already held: shown but not ticked.
    expect(labelled('P3O Foundation').checked).toBe(false);
    expect(labelled('PRINCE2 Practitioner').checked).toBe(true);
    expect(labelled('SC').checked).toBe(true);
    // The reader unticks one.
    await act(() => labelled('Risk management').click());
    await act(() => (root!.querySelector('[data-testid="cv-confirm"]') as HTMLButtonElement).click());
    await until(() => onSave.mock.calls.length === 1, 'save');

    const saved = onSave.mock.calls[0]![0];
    expect(saved.held).toEqual(['p3o-foundation', 'prince2-practitioner']);
    expect(saved.skills).toContain('stakeholder-management');
    expect(saved.skills).not.toContain('risk-management');
    expect(saved.tools).toEqual(expect.arrayContaining(['power-bi', 'ms-project']));
    expect(saved.clearance).toBe('sc');
    expect(JSON.stringify(saved)).not.toContain('Sam Writer');
    await until(() => (root!.querySelector('#wl-cv-text') as HTMLTextAreaElement).value === '', 'the text cleared');
    expect(root!.textContent).toContain('The CV text was not kept');
  }, 40_000);

  it('never lowers a clearance already given', async () => {
    const onSave = vi.fn(async (_p: Profile) => true);
    await mount(toProfile({ clearance: 'dv' }), onSave);
    const area = root!.querySelector('#wl-cv-text') as HTMLTextAreaElement;
    await act(() => {
      area.value = 'BPSS cleared. PRINCE2 Foundation.';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => [...root!.querySelectorAll('button')].find((b) => b.textContent === 'Read pasted text')!.click());
    await until(() => !!root!.querySelector('[data-testid="cv-confirm"]'), 'findings');
    await act(() => (root!.querySelector('[data-testid="cv-confirm"]') as HTMLButtonElement).click());
    await until(() => onSave.mock.calls.length === 1, 'save');
    expect(onSave.mock.calls[0]![0].clearance).toBe('dv');
  });
});
