import certificationData from '../data/certifications.json';
import type { Certification } from '../lib/knowledge/schemas';
import { pathwayFor, type Pathway } from '../lib/knowledge/pathway';
import { ExternalLink } from './ExternalLink';
import './CertificationPathway.css';

/** The build and the tests validate this file against the schema (lib/knowledge/validate.ts). */
const CERTS = certificationData as unknown as readonly Certification[];

const CHECK = 'not confirmed by the awarding body: check with the provider';

interface Props {
  id: string;
  /** Name the certificate in the summary line, for lists that do not show it already. */
  named?: boolean;
  /** For tests: the day an announced change is measured against. */
  today?: Date;
  /** For tests: the certificates to read instead of the shipped data. */
  certs?: readonly Certification[];
}

/**
 * Exam, prerequisites, course length, validity, version and fee of one certificate, and where
 * to train for it, folded under a summary line. Facts not confirmed by the awarding body are
 * marked. Renders nothing for an id the data does not know.
 */
export function CertificationPathway({ id, named = false, today, certs = CERTS }: Props) {
  const p = pathwayFor(id, certs, today);
  if (!p) return null;
  return (
    <details class="pathway" data-testid="cert-pathway">
      <summary>{named ? `${p.name}: exam, prerequisites and courses` : 'Exam, prerequisites and courses'}</summary>
      <PathwayBody p={p} />
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
