import { browser } from 'wxt/browser';
import { postingFromText } from '@/lib/posting';
import { TabResultSchema, type TabResult } from '@/lib/messages';
import { analyze } from '@/lib/analyze';
import { showLevelBadge, toolbarAction } from './badge';

const MENU_ID = 'analyse-selection';
const key = (tabId: number) => `selection-result:${tabId}`;
// storage.session is cleared when the browser closes; older Firefox lacks it, and there the
// result waits in storage.local until the popup takes (and removes) it.
const area = browser.storage.session ?? browser.storage.local;

/** "Analyse selected text": analyses the selection and opens the popup on the answer. */
export function registerSelectionMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: 'Analyse selected text with PMO Pathfinder', contexts: ['selection'] }),
    ).catch(() => undefined);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const text = info.selectionText ?? '';
    const tabId = tab.id;
    const posting = postingFromText(text, 'selection');
    const result: TabResult = text.trim()
      ? { state: 'ok', posting, analysis: analyze(posting) }
      : { state: 'no-advert', reason: 'There is no text to analyse.' };
    void area.set({ [key(tabId)]: result });
    // openPopup needs the click's user gesture, so it is called before anything awaits.
    void openPopup();
    if (result.state === 'ok') void showLevelBadge(tabId, result.analysis);
  });
}

function openPopup(): Promise<void> {
  const open = (toolbarAction as { openPopup?: () => Promise<void> }).openPopup;
  return open ? open().catch(() => undefined) : Promise.resolve();
}

export async function takePendingSelection(tabId: number): Promise<TabResult | null> {
  try {
    const stored = await area.get(key(tabId));
    await area.remove(key(tabId));
    const parsed = TabResultSchema.safeParse(stored[key(tabId)]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
