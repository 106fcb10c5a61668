import { render } from 'preact';
import { askTab } from '../../lib/popup-opening';
import sampleAdvert from '../../data/samples/sample-advert.txt?raw';
import { App } from './App';
import { afterFirstPaint } from '../shared/after-first-paint';
import { answerWithPage } from './answer-with-page';
import { browserDeps } from './deps';
import { markAnswerWithPage, markConfirmed, markPhase, markRendered } from './timings';

/** Renders the popup into #app; its stylesheets are in popup.html (see index.html). */
export function startPopup(): void {
  markPhase('start');
  const root = document.getElementById('app');
  const withPage = root ? answerWithPage(root) : null;
  if (withPage) markAnswerWithPage();
  const onAnswer = (kind: string, early: boolean) => {
    withPage?.takeOver();
    markRendered(kind, early);
  };
  const deps = { ...browserDeps, onAnswer, onConfirmed: markConfirmed };
  // Only the welcome page asks for the sample advert (a few KB of text in the one script).
  const wantsSample = new URLSearchParams(location.search).get('sample') === '1';
  // The tab's question goes to the background before anything is rendered.
  const opening = wantsSample ? undefined : askTab(deps);
  if (!root) return;
  const show = () => render(<App sample={wantsSample ? sampleAdvert : undefined} deps={deps} opening={opening} />, withPage?.container ?? root);
  if (withPage) afterFirstPaint(show);
  else show();
}
