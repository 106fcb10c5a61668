import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { App } from './App';
import { browserDeps } from './deps';
import sampleAdvert from '../../data/samples/sample-advert.txt?raw';

performance.mark('pmo:start');
const root = document.getElementById('app');
const sample = new URLSearchParams(location.search).get('sample') === '1' ? sampleAdvert : undefined;
if (root) {
  render(
    <App
      sample={sample}
      deps={{
        ...browserDeps,
        onAnswer(kind) {
          // Read by the browser tests, which print how long the popup took to answer.
          document.documentElement.dataset.answerMs = String(Math.round(performance.now()));
          document.documentElement.dataset.answerState = kind;
        },
      }}
    />,
    root,
  );
}
