import { LOAD_AFTER_PAINT_ATTRIBUTE, POPUP_SCRIPT } from '../../lib/popup-page/marker';
import { afterFirstPaint } from '../shared/after-first-paint';

/**
 * In a popup page that came with its answer, the first script loads the popup's script once that
 * answer has been painted (see lib/popup-page/page.ts), running `first` just before it: work that
 * only confirms the answer on screen should not compete with that paint. Only the popup's own
 * script is ever loaded, whatever else the attribute might say. True when it will be loaded.
 */
export function loadPopupScriptAfterPaint(first: Element | null, doc: Document = document, beforeLoad?: () => void): boolean {
  if (first?.getAttribute(LOAD_AFTER_PAINT_ATTRIBUTE) !== POPUP_SCRIPT) return false;
  afterFirstPaint(() => {
    beforeLoad?.();
    const script = doc.createElement('script');
    script.src = POPUP_SCRIPT;
    doc.body.append(script);
  });
  return true;
}
