import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createRouter, type Handlers } from '../../lib/messages';
import { getCompiled } from '../../lib/analyze';
import { analysisHandlers, readerProfile } from './analysis';
import { pageHandlers } from './page-changed';
import { registerWatchlistBackground, watchlistHandlers } from './watchlist';
import { registerSelectionMenu } from './selection-menu';
import { registerBadgeReset } from './badge';
import { closeStorageToContentScripts, isAllowedFrom, isOwnSender, type Sender } from './sender';
import { debugLog } from './debug-log';

export default defineBackground(() => {
  // Listeners are registered synchronously so a woken service worker sees the event that woke it.
  const handlers: Handlers<Sender> = { ...analysisHandlers, ...pageHandlers, ...watchlistHandlers };
  browser.runtime.onMessage.addListener(
    createRouter(handlers, {
      isTrusted: isOwnSender,
      isAllowed: isAllowedFrom,
      onRejected: (reason) => debugLog.count(`rejected: ${reason}`),
    }),
  );

  void closeStorageToContentScripts();
  debugLog.selectionMenuClick = registerSelectionMenu({ getProfile: readerProfile });
  registerWatchlistBackground();
  registerBadgeReset();

  // Compile the lexicon while the worker is idle, so the first popup does not wait for it.
  setTimeout(() => {
    try {
      getCompiled();
    } catch {
      // A broken knowledge base is reported when an analysis is asked for.
    }
  }, 0);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });
});
