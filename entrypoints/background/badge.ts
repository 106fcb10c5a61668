import { browser } from 'wxt/browser';
import type { Analysis } from '../../lib/analysis';
import { LEVEL_BADGE } from '../../lib/present';

// Firefox builds are MV2, where the toolbar button is browserAction.
export const toolbarAction = browser.action ?? browser.browserAction;

export async function showLevelBadge(tabId: number, analysis: Analysis | null): Promise<void> {
  const level = analysis?.isPmoRole ? analysis.level.id : null;
  try {
    if (!level) {
      await toolbarAction.setBadgeText({ tabId, text: '' });
      return;
    }
    const badge = LEVEL_BADGE[level];
    await toolbarAction.setBadgeText({ tabId, text: badge.text });
    await toolbarAction.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab closed before the badge was set; nothing to show.
  }
}

/**
 * A tab's badge belongs to the page it was set on: when the tab starts loading another page
 * it is cleared, and the board content script or the popup sets it again for the new advert.
 */
export function registerBadgeReset(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void showLevelBadge(tabId, null);
  });
}
