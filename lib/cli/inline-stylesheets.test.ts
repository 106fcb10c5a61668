import { describe, expect, it } from 'vitest';
import { inlinePageStylesheets, type BuiltFile } from './inline-stylesheets';

const PAGE = 'entrypoints/popup/index.html';
const popupHtml = [
  '<!DOCTYPE html>',
  '<html lang="en-GB">',
  '  <head>',
  '    <script src="/popup-app.js"></script>',
  '    <script type="module" crossorigin src="/chunks/popup-a1.js"></script>',
  '    <link rel="stylesheet" crossorigin href="/assets/theme-b2.css">',
  '    <link rel="stylesheet" crossorigin href="/assets/popup-c3.css">',
  '  </head>',
  '  <body><div id="app"></div></body>',
  '</html>',
].join('\n');

const asset = (source: string): BuiltFile => ({ type: 'asset', source });

function bundle(): Record<string, BuiltFile> {
  return {
    [PAGE]: asset(popupHtml),
    'assets/theme-b2.css': asset(':root{--text:#1a1d23}body{margin:0}'),
    'assets/popup-c3.css': asset('.level-card{padding:8px}'),
    'chunks/popup-a1.js': { type: 'chunk', code: 'console.log("popup")' },
    'options.html': asset('<link rel="stylesheet" crossorigin href="/assets/theme-b2.css">'),
  };
}

describe('the popup page with its stylesheets inline', () => {
  it('puts both stylesheets into one style element in order, and leaves the scripts as files', () => {
    const files = bundle();
    inlinePageStylesheets(files, PAGE);
    const html = String((files[PAGE] as { source: string }).source);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain('<style>:root{--text:#1a1d23}body{margin:0}.level-card{padding:8px}</style>');
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain('<script src="/popup-app.js"></script>');
    expect(html).toContain('src="/chunks/popup-a1.js"');
  });

  it('drops a stylesheet only the popup linked, and keeps one another page links', () => {
    const files = bundle();
    expect(inlinePageStylesheets(files, PAGE)).toEqual(['assets/popup-c3.css']);
    expect(files['assets/popup-c3.css']).toBeUndefined();
    expect(files['assets/theme-b2.css']).toBeDefined();
  });

  it('leaves a stylesheet that could close the style element early as a linked file', () => {
    const files = bundle();
    files['assets/popup-c3.css'] = asset('.x::after{content:"</style><script>"}');
    expect(inlinePageStylesheets(files, PAGE)).toEqual([]);
    const html = String((files[PAGE] as { source: string }).source);
    expect(html).toContain('href="/assets/popup-c3.css"');
    expect(html).toContain('<style>:root{--text:#1a1d23}body{margin:0}</style>');
    expect(files['assets/popup-c3.css']).toBeDefined();
  });

  it('changes nothing when the page is not in the bundle or links no stylesheet', () => {
    const files = bundle();
    expect(inlinePageStylesheets(files, 'entrypoints/missing.html')).toEqual([]);
    const plain = { [PAGE]: asset('<html><head></head><body></body></html>') };
    expect(inlinePageStylesheets(plain, PAGE)).toEqual([]);
    expect((plain[PAGE] as { source: string }).source).toBe('<html><head></head><body></body></html>');
  });
});
