import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Profile } from '../../lib/analysis';
import type { ResponseOf, TabResult } from '../../lib/messages';
import type { Posting } from '../../lib/posting';
import { answerSummary, friendlyError, highlightPhrases } from '../../lib/present';
import type { WatchlistPort } from '../../components/popup/ports';
import { ResultView } from '../../components/popup/ResultView';
import { ErrorState, Loading, NotAJob, Restricted } from '../../components/popup/States';
import { errorText } from '../../lib/errors';

/** Everything the popup needs from the browser, handed in so the UI can be tested in a plain DOM. */
export interface PopupDeps {
  /** The tab to read: `?tabId=N`, else the active tab; null when there is none. */
  resolveTabId(): Promise<number | null>;
  analyzeTab(tabId: number): Promise<ResponseOf<'analyzeTab'>>;
  analyzeText(text: string, source: 'text' | 'selection'): Promise<ResponseOf<'analyzeText'>>;
  readSelection(tabId: number): Promise<string>;
  /** Highlights the phrases in the tab and says how many places were marked; an empty list clears them. */
  highlight(tabId: number, phrases: string[]): Promise<number>;
  loadHighlightSetting(): Promise<boolean>;
  saveHighlightSetting(on: boolean): Promise<void>;
  openWatchlist(): void;
  /** The reader's profile (certifications held, target level); null when it cannot be read. */
  getProfile?(): Promise<Profile | null>;
  watchlist: WatchlistPort;
  /** Called once, when the first answer (of any kind) is on screen. */
  onAnswer?(kind: View['kind']): void;
}

export type View =
  | { kind: 'loading' }
  | { kind: 'result'; posting: Posting; analysis: Analysis; tabId: number | null }
  | { kind: 'no-advert'; reason: string }
  | { kind: 'restricted'; reason: string }
  | { kind: 'error'; message: string };

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

function messageOf(err: unknown): string {
  return friendlyError(errorText(err));
}

function statusText(view: View): string {
  switch (view.kind) {
    case 'loading':
      return 'Reading the advert…';
    case 'result':
      return answerSummary(view.posting, view.analysis);
    case 'no-advert':
      return 'No job advert found on this page.';
    case 'restricted':
      return 'This page cannot be read by extensions.';
    case 'error':
      return `Something went wrong: ${view.message}`;
  }
}

export function App({ deps }: { deps: PopupDeps }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [selectionMessage, setSelectionMessage] = useState<string | null>(null);
  const [highlightOn, setHighlightOn] = useState(false);
  const [highlightMessage, setHighlightMessage] = useState<string | null>(null);
  const lastRequest = useRef<() => Promise<View>>(async () => ({ kind: 'loading' }));
  const answered = useRef(false);
  const [held, setHeld] = useState<ReadonlySet<string>>(new Set());

  const latest = useRef(0);

  const run = useCallback(async (request: () => Promise<View>) => {
    lastRequest.current = request;
    const ticket = ++latest.current;
    setView({ kind: 'loading' });
    let next: View;
    try {
      next = await request();
    } catch (err) {
      next = { kind: 'error', message: messageOf(err) };
    }
    // A slower, older request must not replace the answer the reader asked for last.
    if (ticket === latest.current) setView(next);
  }, []);

  const analyseTab = useCallback(
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
    void analyseTab();
  }, [analyseTab]);

  useEffect(() => {
    deps
      .getProfile?.()
      .then((profile) => setHeld(new Set(profile?.held ?? [])))
      .catch(() => undefined);
    deps
      .loadHighlightSetting()
      .then(setHighlightOn)
      .catch(() => setHighlightOn(false));
  }, [deps]);

  // Layout effect: the answer is in the DOM and is painted in the frame that follows.
  useLayoutEffect(() => {
    if (view.kind !== 'loading' && !answered.current) {
      answered.current = true;
      deps.onAnswer?.(view.kind);
    }
  }, [view, deps]);

  // One highlight request at a time, so a quick on-off-on ends in the state the toggle shows.
  const highlightQueue = useRef<Promise<unknown>>(Promise.resolve());
  const queueHighlight = useCallback(
    (tab: number, list: string[]) => {
      const next = highlightQueue.current.catch(() => undefined).then(() => deps.highlight(tab, list));
      highlightQueue.current = next;
      return next;
    },
    [deps],
  );

  const resultTab = view.kind === 'result' ? view.tabId : null;
  const phrases = view.kind === 'result' ? highlightPhrases(view.analysis) : null;
  const phraseKey = phrases ? phrases.join('\u0000') : '';

  // Highlights follow the toggle and the advert on screen; pasted text has no page to mark.
  useEffect(() => {
    if (resultTab === null || !phrases || !highlightOn) return;
    queueHighlight(resultTab, phrases)
      .then((marked) => setHighlightMessage(marked > 0 ? null : 'Nothing to highlight on this page.'))
      .catch(() => setHighlightMessage('Highlighting is not available on this page.'));
    // phraseKey stands for phrases, whose identity changes on every render.
  }, [resultTab, phraseKey, highlightOn, queueHighlight]);

  const toggleHighlight = (on: boolean) => {
    setHighlightOn(on);
    void deps.saveHighlightSetting(on).catch(() => undefined);
    if (!on && resultTab !== null) {
      void queueHighlight(resultTab, []).catch(() => undefined);
      setHighlightMessage(null);
    }
  };

  const analyseText = (text: string, source: 'text' | 'selection') => {
    setBusy(true);
    // A selection still belongs to its tab, so its phrases can be highlighted there.
    const owner = source === 'selection' ? tabId : null;
    void run(async () => viewOf(await deps.analyzeText(text, source), owner)).finally(() => setBusy(false));
  };

  const analyseSelection = async () => {
    if (tabId === null) {
      setSelectionMessage('There is no page to read a selection from. Paste the text instead.');
      return;
    }
    let text = '';
    try {
      text = await deps.readSelection(tabId);
    } catch {
      setSelectionMessage('The selection on this page cannot be read. Paste the text instead.');
      return;
    }
    if (!text.trim()) {
      setSelectionMessage('Nothing is selected. Select the advert on the page, then try again.');
      return;
    }
    setSelectionMessage(null);
    analyseText(text, 'selection');
  };

  const inputs = {
    onAnalyseText: (text: string) => analyseText(text, 'text'),
    onAnalyseSelection: tabId === null ? undefined : () => void analyseSelection(),
    selectionMessage,
    busy,
  };

  return (
    <div class="popup">
      <div class="sr-only" role="status" aria-live="polite">
        {statusText(view)}
      </div>
      <main class="content" aria-busy={view.kind === 'loading' ? 'true' : 'false'}>
        {view.kind === 'loading' ? <Loading /> : null}
        {view.kind === 'result' ? <ResultView posting={view.posting} analysis={view.analysis} watchlist={deps.watchlist} held={held} /> : null}
        {view.kind === 'no-advert' ? <NotAJob reason={view.reason} {...inputs} /> : null}
        {view.kind === 'restricted' ? <Restricted reason={view.reason} {...inputs} onAnalyseSelection={undefined} /> : null}
        {view.kind === 'error' ? <ErrorState message={view.message} onRetry={() => void run(lastRequest.current)} /> : null}
      </main>
      <footer class="footer">
        {resultTab !== null ? (
          <div class="toggle">
            <input
              id="highlight-toggle"
              type="checkbox"
              checked={highlightOn}
              onChange={(e) => toggleHighlight((e.currentTarget as HTMLInputElement).checked)}
            />
            <label for="highlight-toggle">Highlight on page</label>
            {highlightMessage ? <span class="hint">{highlightMessage}</span> : null}
          </div>
        ) : null}
        {view.kind === 'result' && view.tabId === null && tabId !== null ? (
          <button type="button" class="link-button" onClick={() => void analyseTab()}>
            Read this page again
          </button>
        ) : null}
        <button type="button" class="link-button" onClick={() => deps.openWatchlist()}>
          Open watchlist
        </button>
      </footer>
    </div>
  );
}
