/**
 * popup.html with the held answer inside it (lib/popup-page/markup.ts). The answer goes into the
 * popup's root element, and the popup's first script moves from the head to just after it: a
 * script in the head holds back the body until it has been fetched and run, which would hold
 * the answer back with it. That script still runs before the popup's own, as before.
 */

const ROOT = '<div id="app"></div>';
const FIRST_SCRIPT = /[ \t]*<script src="\/popup-ask\.js"><\/script>\n?/;

/** The page, or null when the template is not the popup page this expects (served as packaged then). */
export function popupPageWithAnswer(template: string, markup: string): string | null {
  const first = FIRST_SCRIPT.exec(template);
  if (!first || template.split(ROOT).length !== 2) return null;
  const script = first[0].trim();
  const withoutScript = template.slice(0, first.index) + template.slice(first.index + first[0].length);
  // A function as the replacement, so a `$` in the answer's text is taken literally.
  return withoutScript.replace(ROOT, () => `<div id="app">${markup}</div>\n    ${script}`);
}
