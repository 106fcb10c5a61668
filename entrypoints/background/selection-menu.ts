import { browser } from 'wxt/browser';
import type { Menus, Tabs } from 'webextension-polyfill';
import { postingFromText } from '../../lib/posting';
import type { Profile } from '../../lib/analysis';
import { TabResultSchema, type TabResult } from '../../lib/messages';
import { analyze } from './analyzer';
import { showLevelBadge, toolbarAction } from './badge';
import { forgetAnswer } from './tab-answers';

const MENU_ID = 'analyze-selection';
const key = (tabId: number) => `selection-result:${tabId}`;
// storage.session is cleared when the browser closes; older Firefox lacks it, and there the
// result waits in storage.local until the popup takes (and removes) it.
const area = browser.storage.session ?? browser.storage.local;

/** Results still being worked out, so a popup that opens before they are stored waits for them. */
const inFlight = new Map<number, Promise<void>>();
/** Tabs whose stored selection result the popup has not taken yet (this worker's lifetime). */
const pending = new Set<number>();

/** Where the click handler reaches the browser and the reader's profile. */
export interface SelectionMenuDeps {
  getProfile(): Promise<Profile | undefined>;
  openPopup(): Promise<void>;
}

/**
 * "Analyse selected text": analyses the selection as the reader (with their profile, so held
 * and next-step flags show as they do everywhere else) and opens the popup on the answer.
 */
export function onSelectionClicked(info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>, tab: Tabs.Tab | undefined, deps: SelectionMenuDeps): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return Promise.resolve();
  const tabId = tab.id;
  const text = info.selectionText ?? '';
  // The popup reads the tab's held answer from storage as it opens: the page's answer goes
  // first, so the popup does not show it before the selection's.
  void forgetAnswer(tabId);
  // openPopup needs the click's user gesture, so it is called before anything awaits.
  void deps.openPopup();
  const work = (async () => {
    const posting = postingFromText(text, 'selection');
    const result: TabResult = text.trim()
      ? { state: 'ok', posting, analysis: analyze(posting, await deps.getProfile().catch(() => undefined)) }
      : { state: 'no-advert', reason: 'There is no text to analyse.' };
    await area.set({ [key(tabId)]: result });
    pending.add(tabId);
    if (result.state === 'ok') await showLevelBadge(tabId, result.analysis);
  })().finally(() => inFlight.delete(tabId));
  inFlight.set(tabId, work);
  return work;
}

/** Registers the menu and its click listener; returns the listener, which the browser tests drive. */
export function registerSelectionMenu(deps: Pick<SelectionMenuDeps, 'getProfile'>): (info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>, tab: Tabs.Tab | undefined) => Promise<void> {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: 'Analyse selected text with PMO Pathfinder', contexts: ['selection'] }),
    ).catch(() => undefined);
  });
  const click = (info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>, tab: Tabs.Tab | undefined) =>
    onSelectionClicked(info, tab, { ...deps, openPopup }).catch(() => undefined);
  browser.contextMenus.onClicked.addListener((info, tab) => void click(info, tab));
  return click;
}

/** Opens the popup where the browser allows it; elsewhere the answer waits for the reader's click. */
function openPopup(): Promise<void> {
  try {
    const opened = (toolbarAction as { openPopup?: () => Promise<void> }).openPopup?.();
    return Promise.resolve(opened).catch(() => undefined);
  } catch {
    return Promise.resolve();
  }
}

/** A selection's answer is being worked out or waits for the popup. */
export function selectionPending(tabId: number): boolean {
  return inFlight.has(tabId) || pending.has(tabId);
}

export async function takePendingSelection(tabId: number): Promise<TabResult | null> {
  try {
    await inFlight.get(tabId)?.catch(() => undefined);
    pending.delete(tabId);
    const stored = await area.get(key(tabId));
    await area.remove(key(tabId));
    const parsed = TabResultSchema.safeParse(stored[key(tabId)]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
