import { useMemo } from 'preact/hooks';
import certificationData from '../../data/certifications.json';
import type { Profile } from '../../lib/analysis';
import type { Certification } from '../../lib/knowledge/schemas';
import { certificatePath } from '../../lib/watchlist/path';
import type { Summary } from '../../lib/watchlist/summary';

/** Validated against the schema by the build and the tests (lib/knowledge/validate.ts). */
const CERTS = certificationData as unknown as readonly Certification[];

/** The one certificate that would close the most gaps across the saved jobs, and what it takes. */
export function CertificatePathCard({ entries, profile }: { entries: Summary[]; profile: Profile }) {
  const path = useMemo(() => certificatePath(entries, profile, CERTS), [entries, profile]);
  if (!entries.length) return null;
  return (
    <section class="wl-card" aria-labelledby="wl-path-h" data-testid="certificate-path">
      <h2 id="wl-path-h">Your path</h2>
      {path ? (
        <>
          <p class="wl-path-sentence">{path.sentence}.</p>
          <dl class="wl-path-facts">
            {path.courses.map((c) => (
              <div key={c.name}>
                <dt>Course: {c.name}</dt>
                <dd>{c.length}</dd>
              </div>
            ))}
            {path.exam ? (
              <div>
                <dt>Exam: {path.name}</dt>
                <dd>{path.exam}</dd>
              </div>
            ) : null}
          </dl>
          <p class="wl-muted">
            {path.required} of those {path.jobs} {path.jobs === 1 ? 'job requires' : 'jobs require'} it. Course lengths are typical; check with the provider.
          </p>
        </>
      ) : (
        <p class="wl-muted">You hold every certificate your saved jobs ask for.</p>
      )}
    </section>
  );
}
