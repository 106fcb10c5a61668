/** Marks the held answer that came inside popup.html; the popup's script replaces it with its own render. */
export const WITH_PAGE_ATTRIBUTE = 'data-answer-with-page';

/** The popup's own script, which popup.html loads after its first script. */
export const POPUP_SCRIPT = '/popup-app.js';

/**
 * On the first script of a page that came with its answer: the popup's script it loads once
 * that answer has been painted (entrypoints/popup-ask.ts), rather than the page holding it.
 */
export const LOAD_AFTER_PAINT_ATTRIBUTE = 'data-load-after-paint';
