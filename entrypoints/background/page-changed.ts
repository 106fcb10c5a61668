import type { Handlers } from '../../lib/messages';
import { analysisHandlers, boardReport } from './analysis';
import { readTab } from './read-tab';
import type { Sender } from './sender';

/**
 * The board content script only notices that the job on screen may have changed; the advert is
 * read here with the full reader, the same one the popup uses, and handled as postingChanged.
 */
export const pageHandlers: Handlers<Sender> = {
  async pageChanged(_request, sender) {
    const tabId = sender.tab?.id;
    // The content script runs in top frames only; the reader reads the top frame.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: true as const };
    // Counted as under way from the start of the read, so a popup opened meanwhile waits for it.
    return boardReport(
      tabId,
      (async () => {
        const read = await readTab(tabId);
        const posting = read.kind === 'posting' ? read.posting : null;
        return analysisHandlers.postingChanged!({ posting }, sender);
      })(),
    );
  },
};
