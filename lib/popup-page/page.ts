/**
 * popup.html with the held answer inside it (lib/popup-page/markup.ts). The answer goes into the
 * popup's root element and nothing ahead of it holds it back: a script in the head holds back the
 * body until it has been fetched and run, and the popup's own script (70 KB to compile and run)
 * would hold back the page's first paint. So the first script moves after the answer and is
 * deferred, and it loads the popup's script once the answer has been painted; it still runs
 * before the popup's script, as in the packaged page.
 */

import { LOAD_AFTER_PAINT_ATTRIBUTE, POPUP_SCRIPT } from './marker';

const ROOT = '<div id="app"></div>';
const FIRST_SCRIPT = /[ \t]*<script src="\/popup-ask\.js"><\/script>\n?/;
const POPUP_SCRIPT_TAG = new RegExp(`[ \\t]*<script src="${POPUP_SCRIPT.replace(/[.]/g, '\\.')}"></script>\\n?`);

/** The page, or null when the template is not the popup page this expects (served as packaged then). */
export function popupPageWithAnswer(template: string, markup: string): string | null {
  const first = FIRST_SCRIPT.exec(template);
  if (!first || template.split(ROOT).length !== 2 || !POPUP_SCRIPT_TAG.test(template)) return null;
  const script = `<script defer src="/popup-ask.js" ${LOAD_AFTER_PAINT_ATTRIBUTE}="${POPUP_SCRIPT}"></script>`;
  const withoutScripts = (template.slice(0, first.index) + template.slice(first.index + first[0].length)).replace(POPUP_SCRIPT_TAG, '');
  // A function as the replacement, so a `$` in the answer's text is taken literally.
  return withoutScripts.replace(ROOT, () => `<div id="app">${markup}</div>\n    ${script}`);
}
