import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../lib/errors';
import type { TabResult } from '../../lib/messages';
import { friendlyError } from '../../lib/present';
import type { PopupDeps, View } from './ports';

function viewOf(result: TabResult, tabId: number | null): View {
  switch (result.state) {
    case 'ok':
      return { kind: 'result', posting: result.posting, analysis: result.analysis, tabId };
    case 'no-advert':
      return { kind: 'no-advert', reason: result.reason };
    case 'restricted':
      return { kind: 'restricted', reason: result.reason };
    case 'error':
      return { kind: 'error', message: result.message };
  }
}

/**
 * The popup's requests and what they answered: the tab on opening, pasted text, the page's
 * selection. Only the last request asked for may set the view.
 */
export function useAnalysis(deps: PopupDeps, initialText?: string) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [selectionMessage, setSelectionMessage] = useState<string | null>(null);
  const lastRequest = useRef<() => Promise<View>>(async () => ({ kind: 'loading' }));
  const latest = useRef(0);
  const answered = useRef(false);

  const run = useCallback(async (request: () => Promise<View>) => {
    lastRequest.current = request;
    const ticket = ++latest.current;
    setView({ kind: 'loading' });
    let next: View;
    try {
      next = await request();
    } catch (err) {
      next = { kind: 'error', message: friendlyError(errorText(err)) };
    }
    // A slower, older request must not replace the answer the reader asked for last.
    if (ticket === latest.current) setView(next);
  }, []);

  const analyzeTab = useCallback(
    () =>
      run(async () => {
        const id = await deps.resolveTabId();
        setTabId(id);
        if (id === null) return { kind: 'no-advert', reason: 'There is no page to read here.' };
        return viewOf(await deps.analyzeTab(id), id);
      }),
    [deps, run],
  );

  // A layout effect asks before the first paint rather than a frame after it: the popup
  // should open with its answer.
  useLayoutEffect(() => {
    if (initialText) analyzeText(initialText, 'text');
    else void analyzeTab();
    // The opening request is made once; a later change of the sample is not a new question.
  }, [analyzeTab]);

  // Layout effect: the answer is in the DOM and is painted in the frame that follows.
  useLayoutEffect(() => {
    if (view.kind !== 'loading' && !answered.current) {
      answered.current = true;
      deps.onAnswer?.(view.kind);
    }
  }, [view, deps]);

  const analyzeText = (text: string, source: 'text' | 'selection') => {
    setBusy(true);
    // A selection still belongs to its tab, so its phrases can be highlighted there.
    const owner = source === 'selection' ? tabId : null;
    void run(async () => viewOf(await deps.analyzeText(text, source), owner)).finally(() => setBusy(false));
  };

  const analyzeSelection = async () => {
    if (tabId === null) return setSelectionMessage('There is no page to read a selection from. Paste the text instead.');
    let text = '';
    try {
      text = await deps.readSelection(tabId);
    } catch {
      return setSelectionMessage('The selection on this page cannot be read. Paste the text instead.');
    }
    if (!text.trim()) return setSelectionMessage('Nothing is selected. Select the advert on the page, then try again.');
    setSelectionMessage(null);
    analyzeText(text, 'selection');
  };

  return {
    view,
    tabId,
    analyzeTab,
    retry: () => void run(lastRequest.current),
    inputs: {
      onAnalyzeText: (text: string) => analyzeText(text, 'text'),
      onAnalyzeSelection: tabId === null ? undefined : () => void analyzeSelection(),
      selectionMessage,
      busy,
    },
  };
}
