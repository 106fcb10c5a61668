import { useEffect, useState } from 'preact/hooks';
import { CertificationPathway } from '../CertificationPathway';
import { formatDate, OFFICE_LABELS } from '../../lib/watchlist/labels';
import { MAX_TAGS, TAG_MAX_CHARS, type Entry, type StoredEntry } from '../../lib/watchlist/schema';
import { certLabel } from '../../lib/watchlist/catalog';
import type { RowActions } from './WatchlistRow';

interface Props {
  entry: StoredEntry;
  readOnly: boolean;
  onTags: RowActions['onTags'];
  loadSnapshot: RowActions['loadSnapshot'];
}

function TagsForm({ entry, onTags }: Pick<Props, 'entry' | 'onTags'>) {
  const [tags, setTags] = useState(entry.tags.join(', '));
  return (
    <form
      class="wl-row"
      onSubmit={(e) => {
        e.preventDefault();
        const list = [...new Set(tags.split(',').map((t) => t.trim().slice(0, TAG_MAX_CHARS)).filter(Boolean))].slice(0, MAX_TAGS);
        void onTags(entry.id, list);
      }}
    >
      <label for={`tags-${entry.id}`}>Tags (comma separated)</label>
      <input id={`tags-${entry.id}`} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <button type="submit" class="wl-button">
        Save tags
      </button>
    </form>
  );
}

/** The saved advert text, read from storage only when the details are opened. */
function SavedText({ entry, loadSnapshot }: Pick<Props, 'entry' | 'loadSnapshot'>) {
  const [snapshot, setSnapshot] = useState<Entry['snapshot'] | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSnapshot(entry.id).then((s) => alive && setSnapshot(s));
    return () => {
      alive = false;
    };
  }, [entry.id, entry.updatedAt, loadSnapshot]);
  return (
    <>
      <h3 class="wl-subhead">Saved advert text{snapshot?.truncated ? ' (start only: the advert was very long)' : ''}</h3>
      {snapshot === null ? (
        <p class="wl-muted">Loading…</p>
      ) : snapshot.text ? (
        <div class="wl-snapshot" tabIndex={0} aria-label={`Saved advert text of ${entry.posting.title ?? 'this job'}`}>
          {snapshot.text}
        </div>
      ) : (
        <p class="wl-muted">No text was kept for this job (it came from another browser through sync, or from an older version).</p>
      )}
    </>
  );
}

/** A saved job opened up: its facts, what would help, its tags and the advert as saved. */
export function JobDetails({ entry, readOnly, onTags, loadSnapshot }: Props) {
  const facts: [string, string | null][] = [
    ['Salary', entry.posting.salary],
    ['Contract', entry.posting.employmentType],
    ['Closing date', entry.posting.closingDate],
    ['Office', entry.analysis.office ? OFFICE_LABELS[entry.analysis.office] : null],
    ['Read by', entry.posting.source],
    ['Last updated', formatDate(entry.updatedAt)],
  ];
  const recs = entry.analysis.recommendations;
  return (
    <div class="wl-details">
      <dl class="wl-facts">
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {recs.length ? (
        <p>
          <strong>Would help:</strong> {recs.map((r) => certLabel(r.id)).join(', ')}
        </p>
      ) : null}
      {recs.map((r) => (
        <CertificationPathway key={r.id} id={r.id} name={certLabel(r.id)} />
      ))}
      {readOnly ? null : <TagsForm entry={entry} onTags={onTags} />}
      <SavedText entry={entry} loadSnapshot={loadSnapshot} />
    </div>
  );
}
