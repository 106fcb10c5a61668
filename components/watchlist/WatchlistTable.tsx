import { useEffect, useState } from 'preact/hooks';
import { CertificationPathway } from '../CertificationPathway';
import { LevelPill } from '../LevelPill';
import { OFFICE_LABELS } from '../../lib/watchlist/labels';
import type { SortKey, WatchlistQuery } from '../../lib/watchlist/query';
import { MAX_TAGS, NOTES_MAX_CHARS, TAG_MAX_CHARS, type Entry, type Status, type StoredEntry } from '../../lib/watchlist/schema';
import { certFullName, certLabel } from './catalog';
import { StatusOptions } from './SelectOptions';

export interface RowActions {
  onStatus(id: string, status: Status): void;
  onNotes(id: string, notes: string): Promise<boolean>;
  onTags(id: string, tags: string[]): Promise<boolean>;
  onDelete(entry: StoredEntry): void;
  /** The saved advert text, read only when a job's details are opened. */
  loadSnapshot(id: string): Promise<Entry['snapshot']>;
}

interface Props extends RowActions {
  rows: StoredEntry[];
  query: WatchlistQuery;
  onSort: (sort: SortKey) => void;
  held: Set<string>;
  readOnly: boolean;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
export function formatDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : dateFormat.format(t);
}

/** Only web links open; anything else in a saved URL stays inert text. */
function safeWebUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

const SORTABLE: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Job' },
  { key: 'level', label: 'Level' },
  { key: 'status', label: 'Status' },
  { key: 'savedAt', label: 'Saved' },
];

function SortHeader({ k, label, query, onSort }: { k: SortKey; label: string; query: WatchlistQuery; onSort: (k: SortKey) => void }) {
  const active = query.sort === k;
  const sort = active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" class="wl-sort" onClick={() => onSort(k)}>
        {label}
        <span class="wl-sort-mark" aria-hidden="true">
          {active ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function WatchlistTable({ rows, query, onSort, held, readOnly, ...actions }: Props) {
  const header = (k: SortKey) => {
    const s = SORTABLE.find((x) => x.key === k)!;
    return <SortHeader k={k} label={s.label} query={query} onSort={onSort} />;
  };
  return (
    <table class="wl-table">
      <caption class="sr-only">Saved jobs. Column headers with buttons sort the table.</caption>
      {/* Fixed column widths: the browser lays out a page of rows without measuring every cell. */}
      <colgroup>
        <col class="wl-col-job" />
        <col class="wl-col-level" />
        <col class="wl-col-status" />
        <col class="wl-col-certs" />
        <col class="wl-col-saved" />
        <col class="wl-col-notes" />
        <col class="wl-col-actions" />
      </colgroup>
      <thead>
        <tr>
          {header('title')}
          {header('level')}
          {header('status')}
          <th scope="col">Certifications asked for</th>
          {header('savedAt')}
          <th scope="col">Notes</th>
          <th scope="col">
            <span class="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <Row key={e.id} entry={e} held={held} readOnly={readOnly} {...actions} />
        ))}
      </tbody>
    </table>
  );
}

function Row({
  entry,
  held,
  readOnly,
  onStatus,
  onNotes,
  onTags,
  onDelete,
  loadSnapshot,
}: { entry: StoredEntry; held: Set<string>; readOnly: boolean } & RowActions) {
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const title = entry.posting.title ?? 'Untitled advert';
  const url = safeWebUrl(entry.posting.url);
  const detailsId = `wl-details-${encodeURIComponent(entry.id)}`;
  return (
    <>
      <tr data-testid="watchlist-row" data-id={entry.id}>
        <td class="wl-job">
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer" class="wl-title">
              {title}
              <span class="sr-only"> (opens the original advert in a new tab)</span>
            </a>
          ) : (
            <span class="wl-title">{title}</span>
          )}
          <div class="wl-muted">{[entry.posting.company, entry.posting.location].filter(Boolean).join(' · ')}</div>
          {entry.tags.length ? (
            <ul class="wl-tags" aria-label="Tags">
              {entry.tags.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ) : null}
        </td>
        <td>
          <LevelPill level={entry.analysis.level.id} />
        </td>
        <td>
          <label class="sr-only" for={`st-${entry.id}`}>
            Status of {title}
          </label>
          <select
            id={`st-${entry.id}`}
            class={`wl-status wl-status-${entry.status}`}
            value={entry.status}
            disabled={readOnly}
            onChange={(ev) => onStatus(entry.id, ev.currentTarget.value as Status)}
          >
            <StatusOptions />
          </select>
        </td>
        <td>
          <CertChips entry={entry} held={held} />
        </td>
        <td class="wl-nowrap">
          <time dateTime={entry.savedAt}>{formatDate(entry.savedAt)}</time>
          {entry.posting.closingDate ? <div class="wl-muted">Closes {entry.posting.closingDate}</div> : null}
        </td>
        <td class="wl-notes">
          {editing ? (
            <NotesEditor
              inputId={`notes-${entry.id}`}
              title={title}
              initial={entry.notes}
              onCancel={() => setEditing(false)}
              onSave={async (notes) => {
                if (await onNotes(entry.id, notes)) setEditing(false);
              }}
            />
          ) : (
            <>
              {entry.notes ? <p class="wl-note-text">{entry.notes}</p> : null}
              {readOnly ? null : (
                <button type="button" class="wl-button wl-button-quiet" onClick={() => setEditing(true)}>
                  {entry.notes ? 'Edit notes' : 'Add notes'}
                  <span class="sr-only"> for {title}</span>
                </button>
              )}
            </>
          )}
        </td>
        <td>
          <div class="wl-actions">
            <button type="button" class="wl-button wl-button-quiet" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
              Details<span class="sr-only"> of {title}</span>
            </button>
            {readOnly ? null : (
              <button type="button" class="wl-button wl-button-danger" onClick={() => onDelete(entry)}>
                Delete<span class="sr-only"> {title}</span>
              </button>
            )}
          </div>
        </td>
      </tr>
      {open ? (
        <tr class="wl-details-row" id={detailsId}>
          <td colSpan={7}>
            <Details entry={entry} readOnly={readOnly} onTags={onTags} loadSnapshot={loadSnapshot} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function CertChips({ entry, held }: { entry: StoredEntry; held: Set<string> }) {
  const certs = entry.analysis.certifications;
  if (!certs.length) return <span class="wl-muted">None named</span>;
  const shown = certs.slice(0, 4);
  return (
    <ul class="wl-chips">
      {shown.map((c) => (
        <li key={c.id} class={`wl-chip wl-req-${c.requirement}`} title={`${certFullName(c.id)} · ${c.requirement}`}>
          {held.has(c.id) ? (
            <span class="wl-held" aria-label="held">
              ✓{' '}
            </span>
          ) : null}
          {certLabel(c.id)}
          <span class="sr-only"> ({c.requirement})</span>
        </li>
      ))}
      {certs.length > shown.length ? <li class="wl-muted">+{certs.length - shown.length} more</li> : null}
    </ul>
  );
}

function NotesEditor({
  inputId,
  title,
  initial,
  onSave,
  onCancel,
}: {
  inputId: string;
  title: string;
  initial: string;
  onSave: (n: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <form
      class="wl-notes-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <label class="sr-only" for={inputId}>
        Notes for {title}
      </label>
      <textarea
        id={inputId}
        value={value}
        maxLength={NOTES_MAX_CHARS}
        rows={3}
        // Focus moves into the editor the user just opened.
        autoFocus
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave(value);
        }}
      />
      <div class="wl-row">
        <button type="submit" class="wl-button wl-button-primary">
          Save notes
        </button>
        <button type="button" class="wl-button wl-button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Details({
  entry,
  readOnly,
  onTags,
  loadSnapshot,
}: {
  entry: StoredEntry;
  readOnly: boolean;
  onTags: RowActions['onTags'];
  loadSnapshot: RowActions['loadSnapshot'];
}) {
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [snapshot, setSnapshot] = useState<Entry['snapshot'] | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSnapshot(entry.id).then((s) => alive && setSnapshot(s));
    return () => {
      alive = false;
    };
  }, [entry.id, entry.updatedAt, loadSnapshot]);
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
      {recs.map((r) => <CertificationPathway key={r.id} id={r.id} name={certLabel(r.id)} />)}
      {readOnly ? null : (
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
      )}
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
    </div>
  );
}
