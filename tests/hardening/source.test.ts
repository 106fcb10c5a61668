import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

// Tests sit beside the code they test but are not shipped, so they are left out.
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && statSync(join(root, f)).isFile());
}

/** The code without its comments, so a comment naming an API is not mistaken for a use of it. */
const code = (f: string) => readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const shipped = ['entrypoints', 'components', 'lib'].flatMap(sourceFiles).filter((f) => !f.startsWith(join('lib', 'cli')));

describe('shipped source', () => {
  it('never renders text as HTML', () => {
    const offenders = shipped.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('makes no network requests and evaluates no strings as code', () => {
    const pattern = /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon|\beval\s*\(|new\s+Function\s*\(|import\s*\(\s*['"`]https?:/;
    // A read of the extension's own package (the service worker serving the popup's page) is no network request.
    const ownPackage = /\bfetch\(browser\.runtime\.getURL\(/g;
    const offenders = shipped.filter((f) => pattern.test(code(f).replace(ownPackage, '')));
    expect(offenders).toEqual([]);
  });

  it('keeps browser extension APIs out of lib/ so it runs in Node', () => {
    const offenders = sourceFiles('lib').filter((f) => /from ['"]wxt\/browser['"]|\bchrome\.|\bbrowser\.(runtime|tabs|storage)/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});
