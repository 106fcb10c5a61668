/** Marks the held answer that came inside popup.html; the popup's script replaces it with its own render. */
export const WITH_PAGE_ATTRIBUTE = 'data-answer-with-page';
