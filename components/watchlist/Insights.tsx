import type { Profile } from '../../lib/analysis';
import { LEVELS } from '../../lib/present';
import { LEVEL_LABELS } from '../../lib/watchlist/labels';
import { certificationDemand, jobsByLevel } from '../../lib/watchlist/insights';
import type { StoredEntry as Entry } from '../../lib/watchlist/schema';
import { CATALOG, certFullName, certLabel } from '../../lib/watchlist/catalog';

/* Sized to the sidebar, so the text is drawn at its CSS size rather than scaled down. */
const ROW = 26;
const LABEL_W = 136;
const BAR_W = 92;
const WIDTH = LABEL_W + BAR_W + 88;

function BarChart({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: { key: string; label: string; fullLabel?: string; count: number; tone: string; note: string }[];
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const height = rows.length * ROW + 4;
  return (
    <svg class="wl-chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{rows.map((r) => `${r.fullLabel ?? r.label}: ${r.count}${r.note ? `, ${r.note}` : ''}`).join('; ')}</desc>
      {rows.map((r, i) => {
        const y = i * ROW + 2;
        const w = r.count ? Math.max(3, (r.count / max) * BAR_W) : 0;
        return (
          <g key={r.key} aria-hidden="true">
            <text x={LABEL_W - 8} y={y + ROW / 2 + 4} text-anchor="end" class="wl-chart-label">
              {r.label.length > 18 ? `${r.label.slice(0, 17)}…` : r.label}
            </text>
            <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 10} rx={3} class={`wl-bar ${r.tone}`} />
            <text x={LABEL_W + w + 6} y={y + ROW / 2 + 4} class="wl-chart-value">
              {r.count}
              {r.note ? ` · ${r.note}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function Insights({ entries, profile }: { entries: Entry[]; profile: Profile }) {
  if (!entries.length) return null;
  const levels = jobsByLevel(entries);
  const demand = certificationDemand(entries, profile, CATALOG).slice(0, 12);
  const missing = demand.filter((d) => !d.held);
  return (
    <section class="wl-card" aria-labelledby="wl-insights-h">
      <h2 id="wl-insights-h">What your saved jobs ask for</h2>
      <h3 class="wl-subhead">Jobs by level</h3>
      <BarChart
        id="wl-levels"
        title="Saved jobs by PMO level"
        rows={levels.map((l) => ({
          key: l.id ?? 'none',
          label: l.id ? LEVEL_LABELS[l.id].replace('PMO ', '') : 'Level unclear',
          fullLabel: l.id ? LEVEL_LABELS[l.id] : 'Level unclear',
          count: l.count,
          tone: l.id ? `level-${LEVELS[l.id].number}` : 'level-none',
          note: profile.targetLevel && l.id === profile.targetLevel ? 'target' : '',
        }))}
      />
      <h3 class="wl-subhead">Certifications asked for across your saved jobs</h3>
      {demand.length ? (
        <>
          <p class="wl-legend">
            <span class="wl-swatch wl-bar-held" aria-hidden="true" /> held{' '}
            <span class="wl-swatch wl-bar-missing" aria-hidden="true" /> missing from your profile
          </p>
          <BarChart
            id="wl-certs"
            title="Certifications asked for across your saved jobs, held or missing"
            rows={demand.map((d) => ({
              key: d.id,
              label: certLabel(d.id),
              fullLabel: certFullName(d.id),
              count: d.count,
              tone: d.held ? 'wl-bar-held' : 'wl-bar-missing',
              note: d.held ? 'held' : 'missing',
            }))}
          />
          {missing.length ? (
            <p>
              Most asked for that you do not hold yet: <strong>{certFullName(missing[0]!.id)}</strong> ({missing[0]!.count} of {entries.length}{' '}
              jobs).
            </p>
          ) : (
            <p>You hold every certification your saved jobs ask for most.</p>
          )}
        </>
      ) : (
        <p class="wl-muted">None of your saved jobs names a certification.</p>
      )}
    </section>
  );
}
