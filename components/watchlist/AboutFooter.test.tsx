// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { CURRENT_VERSION } from '../../lib/watchlist/schema';
import { PRIVACY_PAGE } from '../../lib/watchlist/labels';
import { AboutFooter } from './AboutFooter';

// happy-dom replaces URL, so the file is found from the project root rather than import.meta.url.
const readPrivacyPage = () => readFileSync(join(process.cwd(), 'public', PRIVACY_PAGE), 'utf8');

let root: HTMLElement;
afterEach(() => root?.remove());

function mount(extensionVersion: string) {
  root = document.createElement('div');
  document.body.append(root);
  render(<AboutFooter extensionVersion={extensionVersion} />, root);
  return root;
}

describe('AboutFooter', () => {
  it('shows the installed release and the storage format it writes', () => {
    const el = mount('1.4.2');
    expect(el.querySelector('[data-testid="extension-version"]')?.textContent).toBe('PMO Pathfinder 1.4.2');
    expect(el.querySelector('[data-testid="data-version"]')?.textContent).toBe(`watchlist data version ${CURRENT_VERSION}`);
  });

  it('links to the privacy page that ships in public/', () => {
    const link = mount('1.0.0').querySelector<HTMLAnchorElement>('[data-testid="privacy-link"]');
    expect(link?.getAttribute('href')).toBe(PRIVACY_PAGE);
    const page = readPrivacyPage();
    expect(page).toMatch(/<h1>Privacy<\/h1>/);
  });
});

describe('the privacy page', () => {
  const page = readPrivacyPage();

  it('runs no script and loads nothing from anywhere', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(page).not.toMatch(/url\(|@import/i);
  });

  it('covers account, network, storage, sync, export and deletion', () => {
    for (const topic of [/no account/i, /no network requests/i, /What it keeps/, /How sync works/, /Export JSON/, /Delete everything/]) {
      expect(page).toMatch(topic);
    }
  });
});
