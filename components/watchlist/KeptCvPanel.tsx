import type { KeptCv } from '../../lib/watchlist/kept-cv';
import { formatDate } from '../../lib/watchlist/labels';
import type { KeptCvPort } from './useKeptCv';

interface Props {
  kept: KeptCvPort;
  busy: boolean;
  onReread: (cv: KeptCv) => void;
  onForget: () => void;
}

/** The CV text kept on this computer at the reader's request: shown as text, read again, or forgotten. */
export function KeptCvPanel({ kept, busy, onReread, onForget }: Props) {
  const forget = (
    <button type="button" class="wl-button wl-button-quiet" data-testid="cv-forget" onClick={onForget}>
      Forget the kept CV
    </button>
  );
  if (kept.problem)
    return (
      <p class="wl-notice wl-notice-warn" role="alert">
        {kept.problem} {forget}
      </p>
    );
  const cv = kept.cv;
  if (!cv) return null;
  return (
    <div class="wl-cv-kept" data-testid="cv-kept">
      <p>
        Kept on this computer: a CV from {cv.from}, {formatDate(cv.at)} ({cv.text.length.toLocaleString('en-GB')} characters).
      </p>
      <details>
        <summary>Show the kept text</summary>
        <pre class="wl-cv-text">{cv.text}</pre>
      </details>
      <div class="wl-row">
        <button type="button" class="wl-button" data-testid="cv-reread" disabled={busy} onClick={() => onReread(cv)}>
          Read the kept CV again
        </button>
        {forget}
      </div>
    </div>
  );
}

/** Off unless the reader ticks it: the CV text read next is kept on this computer. */
export function KeepCvOption({ keep, onChange }: { keep: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="wl-check">
      <input id="wl-cv-keep" type="checkbox" checked={keep} onChange={(e) => onChange(e.currentTarget.checked)} />
      Keep this CV text on this computer <span class="wl-muted">(to read it again later; never synced)</span>
    </label>
  );
}
