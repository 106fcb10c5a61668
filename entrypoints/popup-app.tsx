import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup } from './popup/main';

/**
 * The popup's script, loaded by popup.html as one plain script (no module, no shared chunk):
 * a module graph is several reads of the package run only once the page is parsed, where a
 * classic script runs as soon as it is read. It takes up the questions popup-ask.js sent.
 */
export default defineUnlistedScript(() => {
  startPopup();
});
