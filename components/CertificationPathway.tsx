import { useEffect, useState } from 'preact/hooks';
import type { Certification } from '../lib/knowledge/schemas';
import { pathwayFor, type Pathway } from '../lib/knowledge/pathway';
import { ExternalLink } from './ExternalLink';
import './CertificationPathway.css';

let shipped: Promise<readonly Certification[]> | null = null;

/**
 * The certificates, loaded the first time a reader opens a pathway: the popup opens without
 * parsing them. The build and the tests validate the file against the schema
 * (lib/knowledge/validate.ts).
 */
function loadShipped(): Promise<readonly Certification[]> {
  shipped ??= import('../data/certifications.json').then((m) => m.default as unknown as readonly Certification[]);
  return shipped;
}

const CHECK = 'not confirmed by the awarding body: check with the provider';

interface Props {
  id: string;
  /** The certificate's name for the summary line, for lists that do not show it already. */
  name?: string;
  /** For tests: the day an announced change is measured against. */
  today?: Date;
  /** For tests: the certificates to read instead of the shipped data. */
  certs?: readonly Certification[];
}

/**
 * Exam, prerequisites, course length, validity, version and fee of one certificate, and where
 * to train for it, folded under a summary line and read when first opened. Facts not
 * confirmed by the awarding body are marked.
 */
export function CertificationPathway({ id, name, today, certs }: Props) {
  const [open, setOpen] = useState(false);
  const [data, setData] = useState<readonly Certification[] | null>(certs ?? null);
  useEffect(() => {
    if (certs) setData(certs);
    else if (open && !data) {
      let alive = true;
      void loadShipped().then((list) => alive && setData(list));
      return () => {
        alive = false;
      };
    }
  }, [open, certs, data]);
  const p = data ? pathwayFor(id, data, today) : null;
  return (
    <details class="pathway" data-testid="cert-pathway" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{name ? `${name}: exam, prerequisites and courses` : 'Exam, prerequisites and courses'}</summary>
      {!data ? (
        open ? <p class="pathway-none">Loading…</p> : null
      ) : p ? (
        <PathwayBody p={p} />
      ) : (
        <p class="pathway-none">No exam or course details are recorded for this certificate.</p>
      )}
    </details>
  );
}

function Unsure() {
  return <span class="pathway-unsure"> ({CHECK})</span>;
}

function PathwayBody({ p }: { p: Pathway }) {
  const hasPrereq = p.prerequisites.length > 0 || !!p.prerequisiteNote;
  return (
    <div class="pathway-body">
      {p.facts.length || hasPrereq ? (
        <dl class="pathway-facts">
          {hasPrereq ? (
            <div>
              <dt>Needs first</dt>
              <dd data-testid="pathway-prerequisites">
                {p.prerequisites.map((pre, i) => (
                  <span key={pre.id}>
                    {i > 0 ? (i === p.prerequisites.length - 1 ? ' and ' : ', ') : ''}
                    <ExternalLink href={pre.url}>{pre.name}</ExternalLink>
                  </span>
                ))}
                {p.prerequisites.length ? ' first' : ''}
                {p.prerequisiteNote ? `${p.prerequisites.length ? '; ' : ''}${p.prerequisiteNote}` : ''}
                {p.prerequisitesUnsure ? <Unsure /> : null}
              </dd>
            </div>
          ) : null}
          {p.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>
                {f.text}
                {f.unsure ? <Unsure /> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="pathway-none">No exam or prerequisite details are recorded yet: check with the provider.</p>
      )}
      {p.training.length ? (
        <>
          <p class="pathway-subhead">{p.trainingFor ? `Where to train (courses for ${p.trainingFor}, which replaces it)` : 'Where to train'}</p>
          <ul class="pathway-training">
            {p.training.map((t) => (
              <li key={t.url + t.label} class={t.kind === 'finder' ? 'pathway-finder' : undefined}>
                <ExternalLink href={t.url}>{t.label}</ExternalLink>
                <span class="pathway-detail">
                  {t.detail}
                  {t.unconfirmed ? ' · link not confirmed' : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
