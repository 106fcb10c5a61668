import { HighlightToggle } from '../../components/popup/HighlightToggle';
import type { Opening } from '../../lib/popup-opening';
import type { PopupDeps } from '../../components/popup/ports';
import { ResultView } from '../../components/popup/ResultView';
import { ErrorState, Loading, NotAJob, Restricted, StatusLine } from '../../components/popup/States';
import { useAnalysis } from '../../components/popup/useAnalysis';
import { useHighlight } from '../../components/popup/useHighlight';

export type { PopupDeps, View } from '../../components/popup/ports';

/**
 * `sample`: advert text to analyse on opening instead of the tab (the welcome page's sample
 * advert). `opening`: the tab's question, when it was asked before the popup rendered.
 */
export function App({ deps, sample, opening }: { deps: PopupDeps; sample?: string; opening?: Opening }) {
  const { view, tabId, analyzeTab, retry, inputs } = useAnalysis(deps, sample, opening);
  const highlight = useHighlight(deps, view);

  return (
    <div class="popup">
      <StatusLine view={view} />
      <main class="content" aria-busy={view.kind === 'loading' ? 'true' : 'false'}>
        {view.kind === 'loading' ? <Loading /> : null}
        {view.kind === 'result' ? <ResultView posting={view.posting} analysis={view.analysis} watchlist={deps.watchlist} /> : null}
        {view.kind === 'no-advert' ? <NotAJob reason={view.reason} {...inputs} /> : null}
        {view.kind === 'restricted' ? <Restricted reason={view.reason} {...inputs} onAnalyzeSelection={undefined} /> : null}
        {view.kind === 'error' ? <ErrorState message={view.message} onRetry={retry} /> : null}
      </main>
      <footer class="footer">
        {highlight.available ? <HighlightToggle on={highlight.on} message={highlight.message} onToggle={highlight.toggle} /> : null}
        {view.kind === 'result' && view.tabId === null && tabId !== null ? (
          <button type="button" class="link-button" onClick={() => void analyzeTab()}>
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
