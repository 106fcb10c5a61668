import { describe, expect, it } from 'vitest';
import { popupPageWithAnswer } from './page';

const TEMPLATE = `<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <title>PMO Pathfinder</title>
    <script src="/popup-ask.js"></script>
    <style>.popup{display:flex}</style>
  </head>
  <body>
    <div id="app"></div>
    <script src="/popup-app.js"></script>
  </body>
</html>
`;

describe('popupPageWithAnswer', () => {
  it('puts the answer in the root with no script ahead of it, and the popup\'s script loaded after its paint', () => {
    const page = popupPageWithAnswer(TEMPLATE, '<p class="x">PMO Analyst</p>')!;
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).not.toContain('<script');
    const answer = page.indexOf('<div id="app"><p class="x">PMO Analyst</p></div>');
    expect(answer).toBeGreaterThan(0);
    const first = page.indexOf('<script defer src="/popup-ask.js" data-load-after-paint="/popup-app.js"></script>');
    expect(first).toBeGreaterThan(answer);
    // The first script loads it once the answer is on screen; the page itself does not hold it.
    expect(page).not.toContain('<script src="/popup-app.js">');
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it('leaves the packaged page as it is', () => {
    popupPageWithAnswer(TEMPLATE, '<p>x</p>');
    expect(TEMPLATE).toContain('<script src="/popup-app.js"></script>');
  });

  it('keeps dollar signs in the answer as they are', () => {
    expect(popupPageWithAnswer(TEMPLATE, '<p>£50k or $60k, $& $1</p>')).toContain('<p>£50k or $60k, $& $1</p>');
  });

  it('gives up on a page it does not recognise', () => {
    expect(popupPageWithAnswer(TEMPLATE.replace('<div id="app"></div>', '<div id="root"></div>'), '<p>x</p>')).toBeNull();
    expect(popupPageWithAnswer(TEMPLATE.replace('<script src="/popup-ask.js"></script>', ''), '<p>x</p>')).toBeNull();
    expect(popupPageWithAnswer(TEMPLATE.replace('<div id="app"></div>', '<div id="app"></div><div id="app"></div>'), '<p>x</p>')).toBeNull();
    expect(popupPageWithAnswer(TEMPLATE.replace('<script src="/popup-app.js"></script>', ''), '<p>x</p>')).toBeNull();
  });
});
