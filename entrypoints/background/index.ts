import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createRouter, type Handlers } from '../../lib/messages';
import { analysisHandlers, readerProfile } from './analysis';
import { pageHandlers } from './page-changed';
import { registerWatchlistBackground, watchlistHandlers, watchlistStore } from './watchlist';
import { registerReminders } from './reminders';
import { registerSelectionMenu } from './selection-menu';
import { registerBadgeReset } from './badge';
import { registerAnswerCleanup } from './tab-answers';
import { registerPopupPage } from './popup-page';
import { closeStorageToContentScripts, isAllowedFrom, isOwnSender, type Sender } from './sender';
import { debugLog } from './debug-log';

export default defineBackground(() => {
  // Listeners are registered synchronously so a woken service worker sees the event that woke it.
  registerPopupPage();
  const handlers: Handlers<Sender> = { ...analysisHandlers, ...pageHandlers, ...watchlistHandlers, ...registerReminders(watchlistStore) };
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
  registerAnswerCleanup();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });
});
