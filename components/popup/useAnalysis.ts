import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../lib/errors';
import type { TabResult } from '../../lib/messages';
import { friendlyError } from '../../lib/present';
import { askTab, sameAnswer, type Opening } from '../../lib/popup-opening';
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

/** A request may show an answer early (the one the background already held) before its own. */
type Request = (early: (view: View) => void) => Promise<View | 'keep'>;

/**
 * The popup's requests and what they answered: the tab on opening, pasted text, the page's
 * selection. Only the last request asked for may set the view. `opening` is the tab's
 * question when it was asked before the popup rendered (entrypoints/popup/main.tsx).
 */
export function useAnalysis(deps: PopupDeps, initialText?: string, opening?: Opening) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [selectionMessage, setSelectionMessage] = useState<string | null>(null);
  const lastRequest = useRef<Request>(async () => ({ kind: 'loading' }));
  const latest = useRef(0);
  const answered = useRef(false);
  const earlyView = useRef<View | null>(null);
  const unasked = useRef(opening);

  const run = useCallback(async (request: Request) => {
    lastRequest.current = request;
    const ticket = ++latest.current;
    setView({ kind: 'loading' });
    const early = (v: View) => {
      if (ticket !== latest.current) return;
      earlyView.current = v;
      setView(v);
    };
    let next: View | 'keep';
    try {
      next = await request(early);
    } catch (err) {
      next = { kind: 'error', message: friendlyError(errorText(err)) };
    }
    // A slower, older request must not replace the answer the reader asked for last.
    if (ticket === latest.current && next !== 'keep') setView(next);
  }, []);

  const analyzeTab = useCallback(
    () =>
      run(async (early) => {
        // The question asked before rendering serves the first time; a retry asks afresh.
        const asked = unasked.current ?? askTab(deps);
        unasked.current = undefined;
        const id = await asked.tabId;
        setTabId(id);
        const shown: { answer: TabResult | null; confirmed: boolean } = { answer: null, confirmed: false };
        void asked.held.then((held) => {
          if (held?.state !== 'ok' || shown.confirmed) return;
          shown.answer = held;
          early(viewOf(held, id));
        });
        let fresh: TabResult;
        try {
          fresh = await asked.fresh;
        } catch (err) {
          // The answer on screen stands if only its confirmation failed.
          if (shown.answer) return 'keep';
          throw err;
        } finally {
          shown.confirmed = true;
        }
        const changed = !shown.answer || !sameAnswer(shown.answer, fresh);
        deps.onConfirmed?.(fresh, changed);
        return changed ? viewOf(fresh, id) : 'keep';
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
      deps.onAnswer?.(view.kind, view === earlyView.current);
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
