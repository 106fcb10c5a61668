import { useEffect, useState } from 'preact/hooks';
import { CertificationPathway } from '../CertificationPathway';
import { formatDate, OFFICE_LABELS } from '../../lib/watchlist/labels';
import { MAX_TAGS, TAG_MAX_CHARS, type Entry } from '../../lib/watchlist/schema';
import type { Summary } from '../../lib/watchlist/summary';
import { certLabel } from '../../lib/watchlist/catalog';
import { clearanceLabel, CONTRACT_LABELS, money, WORKPLACE_LABELS } from '../../lib/watchlist/fact-labels';
import type { RowActions } from './columns';

interface Props {
  job: Summary;
  readOnly: boolean;
  onTags: RowActions['onTags'];
  loadEntry: RowActions['loadEntry'];
}

function TagsForm({ job, onTags }: Pick<Props, 'job' | 'onTags'>) {
  const [tags, setTags] = useState(job.tags.join(', '));
  return (
    <form
      class="wl-row"
      onSubmit={(e) => {
        e.preventDefault();
        const list = [...new Set(tags.split(',').map((t) => t.trim().slice(0, TAG_MAX_CHARS)).filter(Boolean))].slice(0, MAX_TAGS);
        void onTags(job.id, list);
      }}
    >
      <label for={`tags-${job.id}`}>Tags (comma separated)</label>
      <input id={`tags-${job.id}`} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <button type="submit" class="wl-button">
        Save tags
      </button>
    </form>
  );
}

/** What the advert said, each fact with the advert's own words where they were read. */
function factRows(entry: Entry): [string, string | null][] {
  const f = entry.analysis.facts;
  const pay = f?.pay;
  const contract = f?.contract;
  return [
    ['Closing date', f?.closingDate ? `${formatDate(`${f.closingDate.date}T12:00:00Z`)} (“${f.closingDate.text}”)` : entry.posting.closingDate],
    [
      'Pay',
      pay
        ? `${pay.text}${pay.period !== 'year' && (pay.annualMin ?? pay.annualMax) !== null ? ` · about ${money((pay.annualMax ?? pay.annualMin)!, pay.currency)} a year` : ''}`
        : entry.posting.salary,
    ],
    [
      'Contract',
      contract
        ? [CONTRACT_LABELS[contract.type], contract.months ? `${contract.months} months` : '', contract.ir35 ? `${contract.ir35} IR35` : ''].filter(Boolean).join(', ')
        : entry.posting.employmentType,
    ],
    ['Hours', f?.hours ? `${f.hours.type === 'full-time' ? 'Full time' : 'Part time'}${f.hours.perWeek ? `, ${f.hours.perWeek} hours a week` : ''}` : null],
    ['Place of work', f?.workplace ? `${WORKPLACE_LABELS[f.workplace.type]}${f.workplace.daysOnSite ? `, ${f.workplace.daysOnSite} days on site` : ''}` : null],
    ['Clearance', f?.clearance ? `${clearanceLabel(f.clearance.level)} (${f.clearance.requirement})` : null],
    ['Grade', f?.grade ? f.grade.value : null],
    ['Tools', f?.tools.length ? f.tools.map((t) => t.label).join(', ') : null],
    ['Agency', f?.agency ? (f.agency.isAgency ? `Yes${f.agency.name ? `: ${f.agency.name}` : ''}` : 'No, the employer’s own advert') : null],
    ['Office', entry.analysis.office ? OFFICE_LABELS[entry.analysis.office] : null],
    ['Read by', entry.posting.source],
    ['Last updated', formatDate(entry.updatedAt)],
  ];
}

/** A saved job opened up: its facts, what would help, its tags and the advert as saved, read from storage on opening. */
export function JobDetails({ job, readOnly, onTags, loadEntry }: Props) {
  const [entry, setEntry] = useState<Entry | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void loadEntry(job.id).then((e) => alive && setEntry(e), () => alive && setEntry(null));
    return () => {
      alive = false;
    };
  }, [job.id, job.at, loadEntry]);
  if (entry === undefined) return <p class="wl-muted">Loading…</p>;
  if (entry === null) return <p class="wl-muted">This job could not be read from storage.</p>;
  const recs = entry.analysis.recommendations;
  const snapshot = entry.snapshot;
  return (
    <div class="wl-details">
      <dl class="wl-facts">
        {factRows(entry)
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
      {readOnly ? null : <TagsForm job={job} onTags={onTags} />}
      <h3 class="wl-subhead">Saved advert text{snapshot.truncated ? ' (start only: the advert was very long)' : ''}</h3>
      {snapshot.text ? (
        <div class="wl-snapshot" tabIndex={0} aria-label={`Saved advert text of ${job.title ?? 'this job'}`}>
          {snapshot.text}
        </div>
      ) : (
        <p class="wl-muted">No text was kept for this job (it came from another browser through sync, or from an older version).</p>
      )}
    </div>
  );
}
