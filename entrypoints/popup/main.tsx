import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { App } from './App';
import { browserDeps } from './deps';

performance.mark('pmo:start');
const root = document.getElementById('app');
if (root) {
  render(
    <App
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
