import type { Fit } from '../../lib/analysis';
import type { AskedHolder } from '../../lib/watchlist/fit';
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatDate, safeWebUrl } from '../../lib/watchlist/labels';
import { closesSoon, type SortKey } from '../../lib/watchlist/query';
import type { Entry, Status } from '../../lib/watchlist/schema';
import type { Summary } from '../../lib/watchlist/summary';
import { certFullName, certLabel } from '../../lib/watchlist/catalog';
import { closingWhen } from '../../lib/watchlist/fact-labels';
import { NotesEditor } from './NotesEditor';
import { StatusOptions } from './SelectOptions';

export interface RowActions {
  onStatus(id: string, status: Status): void;
  onNotes(id: string, notes: string): Promise<boolean>;
  onTags(id: string, tags: string[]): Promise<boolean>;
  onDelete(job: Summary): void;
  /** The saved entry with its advert text, read only when a job's details are opened. */
  loadEntry(id: string): Promise<Entry | null>;
}

/** Whether the reader holds a certificate, by the one rule the analysis uses. */
export type IsHeld = (cert: { id: string; family: string }) => boolean;
/** The reader's fit for a saved job, by the same rule as the popup. */
export type FitOf = (job: AskedHolder) => Fit;

/** What a cell may use besides its job. */
export interface CellContext {
  actions: RowActions;
  isHeld: IsHeld;
  fitOf: FitOf;
  readOnly: boolean;
  /** The reader's calendar day, YYYY-MM-DD. */
  today: string;
  /** The job's title as shown, for labels that name it. */
  title: string;
  details: { open: boolean; toggle(): void; id: string };
  /** Where the reader's linked postings of this job were saved from ("LinkedIn, Reed"). */
  alsoOn?: string | undefined;
}

export interface Column {
  id: string;
  /** Column header; an empty one is read out as `srHeader`. */
  header: string;
  srHeader?: string;
  /** Set when the header sorts the whole list by this column. */
  sort?: SortKey;
  /** Share of the table's width, so a page of rows lays out without measuring every cell. */
  width: string;
  Cell: (props: { job: Summary; ctx: CellContext }) => JSX.Element;
}

/** What a cell shows when the advert does not say, or the job was saved before the facts were read. */
export function NotStated() {
  return (
    <span class="wl-muted" title="Not stated in the advert, or saved before the advert facts were read">
      —
    </span>
  );
}

export function JobCell({ job, ctx }: { job: Summary; ctx: CellContext }) {
  const url = safeWebUrl(job.url);
  return (
    <td class="wl-job">
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer" class="wl-title">
          {ctx.title}
          <span class="sr-only"> (opens the original advert in a new tab)</span>
        </a>
      ) : (
        <span class="wl-title">{ctx.title}</span>
      )}
      <div class="wl-muted">{[job.company, job.location].filter(Boolean).join(' · ')}</div>
      {ctx.alsoOn ? <div class="wl-muted" data-testid="also-on">Also on: {ctx.alsoOn}</div> : null}
      {job.tags.length ? (
        <ul class="wl-tags" aria-label="Tags">
          {job.tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}

export function StatusCell({ job, ctx }: { job: Summary; ctx: CellContext }) {
  return (
    <td>
      <label class="sr-only" for={`st-${job.id}`}>
        Status of {ctx.title}
      </label>
      <select
        id={`st-${job.id}`}
        class={`wl-status wl-status-${job.status}`}
        value={job.status}
        disabled={ctx.readOnly}
        onChange={(ev) => ctx.actions.onStatus(job.id, ev.currentTarget.value as Status)}
      >
        <StatusOptions />
      </select>
    </td>
  );
}

export function ClosingCell({ job, ctx }: { job: Summary; ctx: CellContext }) {
  if (!job.closing) return <td><NotStated /></td>;
  const soon = closesSoon(job, ctx.today);
  return (
    <td class="wl-nowrap" data-testid="closing">
      <time dateTime={job.closing}>{formatDate(`${job.closing}T12:00:00Z`)}</time>
      <div class={soon ? 'wl-soon' : 'wl-muted'}>
        {soon ? <strong>Closing soon</strong> : null}
        {soon ? ' · ' : null}
        {closingWhen(job.closing, ctx.today)}
      </div>
    </td>
  );
}

export function CertChips({ job, ctx }: { job: Summary; ctx: CellContext }) {
  const certs = job.certs;
  if (!certs.length) return <td class="wl-muted">None named</td>;
  const shown = certs.slice(0, 4);
  return (
    <td>
      <ul class="wl-chips">
        {shown.map((c) => (
          <li key={c.id} class={`wl-chip wl-req-${c.requirement}`} title={`${certFullName(c.id)} · ${c.requirement}`}>
            {ctx.isHeld(c) ? (
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
    </td>
  );
}

export function NotesCell({ job, ctx }: { job: Summary; ctx: CellContext }) {
  const [editing, setEditing] = useState(false);
  return (
    <td class="wl-notes">
      {editing ? (
        <NotesEditor
          inputId={`notes-${job.id}`}
          title={ctx.title}
          initial={job.notes}
          onCancel={() => setEditing(false)}
          onSave={async (notes) => {
            if (await ctx.actions.onNotes(job.id, notes)) setEditing(false);
          }}
        />
      ) : (
        <>
          {job.notes ? <p class="wl-note-text">{job.notes}</p> : null}
          {ctx.readOnly ? null : (
            <button type="button" class="wl-button wl-button-quiet" onClick={() => setEditing(true)}>
              {job.notes ? 'Edit notes' : 'Add notes'}
              <span class="sr-only"> for {ctx.title}</span>
            </button>
          )}
        </>
      )}
    </td>
  );
}

export function ActionsCell({ job, ctx }: { job: Summary; ctx: CellContext }) {
  return (
    <td>
      <div class="wl-actions">
        <button type="button" class="wl-button wl-button-quiet" aria-expanded={ctx.details.open} aria-controls={ctx.details.id} onClick={ctx.details.toggle}>
          Details<span class="sr-only"> of {ctx.title}</span>
        </button>
        {ctx.readOnly ? null : (
          <button type="button" class="wl-button wl-button-danger" onClick={() => ctx.actions.onDelete(job)}>
            Delete<span class="sr-only"> {ctx.title}</span>
          </button>
        )}
      </div>
    </td>
  );
}

