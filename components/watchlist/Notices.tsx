import { useEffect, useRef } from 'preact/hooks';
import { describeQuarantine } from '../../lib/watchlist/quarantine';
import type { QuarantineItem } from '../../lib/watchlist/schema';

export function ReadOnlyNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div class="wl-notice wl-notice-warn" role="alert">
      <p>
        <strong>Read-only.</strong> {message}
      </p>
    </div>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What was set aside, said by what the reader lost: a job still listed is never counted as unreadable. */
export function QuarantineNotice({ items, onExport }: { items: QuarantineItem[]; onExport: () => void }) {
  if (!items.length) return null;
  const { jobs, textsOnly, other } = describeQuarantine(items);
  return (
    <div class="wl-notice wl-notice-warn" role="status">
      {jobs ? (
        <p>
          <strong>{count(jobs, 'saved job', 'saved jobs')} could not be read.</strong> {jobs === 1 ? 'It has' : 'They have'} been kept aside, not
          deleted. Export {jobs === 1 ? 'it' : 'them'} to keep a copy or to report the problem.
        </p>
      ) : null}
      {textsOnly ? (
        <p>
          The advert text of {count(textsOnly, 'saved job', 'saved jobs')} could not be read. {textsOnly === 1 ? 'The job is' : 'The jobs are'} still
          listed, without {textsOnly === 1 ? 'its' : 'their'} text, and the damaged text is kept aside.
        </p>
      ) : null}
      {other ? (
        <p>
          Damaged storage was found and repaired: {count(other, 'damaged value is', 'damaged values are')} kept aside, and no saved job was hidden.
        </p>
      ) : null}
      <button type="button" class="wl-button" onClick={onExport}>
        {jobs ? `Export unreadable ${jobs === 1 ? 'job' : 'jobs'}` : 'Export what was kept aside'}
      </button>
    </div>
  );
}

export function ProblemNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div class="wl-notice wl-notice-danger" role="alert">
      <p>{message}</p>
    </div>
  );
}

export function Welcome({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLElement>(null);
  // Focus once, when the panel first appears; later renders must not pull focus back.
  useEffect(() => ref.current?.focus(), []);
  return (
    <section class="wl-card wl-welcome" aria-labelledby="wl-welcome-h" tabIndex={-1} ref={ref}>
      <h2 id="wl-welcome-h">Welcome to PMO Pathfinder</h2>
      <p>PMO Pathfinder reads a job advert and tells you its PMO level, the kind of office and the certifications it asks for and would help.</p>
      <p>On LinkedIn, Indeed, Reed or any careers page, click its button in the toolbar; press “Save” to keep the job here and track it.</p>
      <p>Everything stays in your browser: no account, and nothing is sent anywhere.</p>
      <p>
        <a href="/popup.html?sample=1" target="_blank" rel="noopener" data-testid="welcome-sample">
          Try it on a sample advert
        </a>
      </p>
      <button type="button" class="wl-button wl-button-primary" onClick={onClose}>
        Got it
      </button>
    </section>
  );
}
