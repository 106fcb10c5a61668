import { useState } from 'preact/hooks';
import type { Fit } from '../../lib/analysis';
import { FitCell } from './FitCell';
import { LevelPill } from '../LevelPill';
import { formatDate, safeWebUrl } from '../../lib/watchlist/labels';
import type { Entry, Status, StoredEntry } from '../../lib/watchlist/schema';
import { certFullName, certLabel } from '../../lib/watchlist/catalog';
import { JobDetails } from './JobDetails';
import { NotesEditor } from './NotesEditor';
import { StatusOptions } from './SelectOptions';

export interface RowActions {
  onStatus(id: string, status: Status): void;
  onNotes(id: string, notes: string): Promise<boolean>;
  onTags(id: string, tags: string[]): Promise<boolean>;
  onDelete(entry: StoredEntry): void;
  /** The saved advert text, read only when a job's details are opened. */
  loadSnapshot(id: string): Promise<Entry['snapshot']>;
}

/** Whether the reader holds a certificate, by the one rule the analysis uses. */
export type IsHeld = (cert: { id: string; family: string }) => boolean;
/** The reader's fit for a saved job, by the same rule as the popup. */
export type FitOf = (e: StoredEntry) => Fit;

interface RowProps extends RowActions {
  entry: StoredEntry;
  isHeld: IsHeld;
  fitOf?: FitOf;
  readOnly: boolean;
}

function CertChips({ entry, isHeld }: { entry: StoredEntry; isHeld: IsHeld }) {
  const certs = entry.analysis.certifications;
  if (!certs.length) return <span class="wl-muted">None named</span>;
  const shown = certs.slice(0, 4);
  return (
    <ul class="wl-chips">
      {shown.map((c) => (
        <li key={c.id} class={`wl-chip wl-req-${c.requirement}`} title={`${certFullName(c.id)} · ${c.requirement}`}>
          {isHeld(c) ? (
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

function JobCell({ entry, title }: { entry: StoredEntry; title: string }) {
  const url = safeWebUrl(entry.posting.url);
  return (
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
  );
}

function NotesCell({ entry, title, readOnly, onNotes }: Pick<RowProps, 'entry' | 'readOnly' | 'onNotes'> & { title: string }) {
  const [editing, setEditing] = useState(false);
  return (
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
  );
}

/** One saved job: a table row, and its details row below when opened. */
export function WatchlistRow({ entry, isHeld, fitOf, readOnly, onStatus, onNotes, onTags, onDelete, loadSnapshot }: RowProps) {
  const [open, setOpen] = useState(false);
  const title = entry.posting.title ?? 'Untitled advert';
  const detailsId = `wl-details-${encodeURIComponent(entry.id)}`;
  return (
    <>
      <tr data-testid="watchlist-row" data-id={entry.id}>
        <JobCell entry={entry} title={title} />
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
          <CertChips entry={entry} isHeld={isHeld} />
        </td>
        {fitOf ? <FitCell fit={fitOf(entry)} /> : null}
        <td class="wl-nowrap">
          <time dateTime={entry.savedAt}>{formatDate(entry.savedAt)}</time>
          {entry.posting.closingDate ? <div class="wl-muted">Closes {entry.posting.closingDate}</div> : null}
        </td>
        <NotesCell entry={entry} title={title} readOnly={readOnly} onNotes={onNotes} />
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
          <td colSpan={fitOf ? 8 : 7}>
            <JobDetails entry={entry} readOnly={readOnly} onTags={onTags} loadSnapshot={loadSnapshot} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
