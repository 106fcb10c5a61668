import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { askTab } from '../../lib/popup-opening';
import { App } from './App';
import { browserDeps } from './deps';
import { markConfirmed, markPhase, markRendered } from './timings';

markPhase('start');
const deps = { ...browserDeps, onAnswer: markRendered, onConfirmed: markConfirmed };
const wantsSample = new URLSearchParams(location.search).get('sample') === '1';
// The tab's question goes to the background before anything is rendered.
const opening = wantsSample ? undefined : askTab(deps);
const root = document.getElementById('app');
const show = (sample?: string) => {
  if (root) render(<App sample={sample} deps={deps} opening={opening} />, root);
};
if (wantsSample) {
  // Only the welcome page asks for the sample advert, so its text is not in every popup.
  void import('../../data/samples/sample-advert.txt?raw').then((m) => show(m.default), () => show());
} else {
  show();
}
