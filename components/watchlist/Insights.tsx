import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import type { Profile } from '../../lib/analysis';
import { LEVELS } from '../../lib/present';
import { LEVEL_LABELS } from '../../lib/watchlist/labels';
import { certificationDemand, clearanceShare, jobsByLevel, payByLevel, toolDemand } from '../../lib/watchlist/insights';
import type { Summary } from '../../lib/watchlist/summary';
import { CATALOG, certFullName, certLabel } from '../../lib/watchlist/catalog';
import { clearanceLabel, money } from '../../lib/watchlist/fact-labels';

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

/** Computed once per change of the list or profile, not on every render of the page around it. */
function useInsights(entries: Summary[], profile: Profile) {
  return useMemo(
    () => ({
      levels: jobsByLevel(entries),
      demand: certificationDemand(entries, profile, CATALOG).slice(0, 12),
      tools: toolDemand(entries).slice(0, 12),
      pay: payByLevel(entries),
      clearance: clearanceShare(entries),
    }),
    [entries, profile],
  );
}

const levelName = (id: Summary['level']) => (id ? LEVEL_LABELS[id] : 'Level unclear');
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

function PayByLevel({ pay }: { pay: ReturnType<typeof payByLevel> }) {
  if (!pay.currency || !pay.levels.length) return <p class="wl-muted">None of your saved jobs states its pay (or they were saved before pay was read).</p>;
  const cur = pay.currency;
  return (
    <>
      <table class="wl-mini-table" data-testid="pay-by-level">
        <caption class="sr-only">Pay by level, annual equivalents in {cur}</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Range</th>
            <th scope="col">Median</th>
            <th scope="col">Jobs</th>
          </tr>
        </thead>
        <tbody>
          {pay.levels.map((l) => (
            <tr key={l.id ?? 'none'}>
              <th scope="row">{levelName(l.id).replace('PMO ', '')}</th>
              <td>
                {money(l.low, cur)}–{money(l.high, cur)}
              </td>
              <td>{money(l.median, cur)}</td>
              <td>{l.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="wl-muted">
        A year, in {cur}: day and hourly rates converted to a year{pay.otherCurrency ? `; ${pay.otherCurrency} paid in other currencies left out` : ''}.
      </p>
    </>
  );
}

export const Insights = memo(function Insights({ entries, profile }: { entries: Summary[]; profile: Profile }) {
  const { levels, demand, tools, pay, clearance } = useInsights(entries, profile);
  if (!entries.length) return null;
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
      <h3 class="wl-subhead">Tools asked for across your saved jobs</h3>
      {tools.length ? (
        <BarChart
          id="wl-tools"
          title="Tools asked for across your saved jobs"
          rows={tools.map((t) => ({ key: t.id, label: t.label, count: t.count, tone: 'wl-bar-tool', note: '' }))}
        />
      ) : (
        <p class="wl-muted">None of your saved jobs names a tool (or they were saved before tools were read).</p>
      )}
      <h3 class="wl-subhead">Pay by level</h3>
      <PayByLevel pay={pay} />
      <h3 class="wl-subhead">Security clearance</h3>
      {clearance.read ? (
        <p data-testid="clearance-share">
          <strong>{percent(clearance.needed, clearance.read)}</strong> of the jobs whose facts were read need security clearance ({clearance.needed} of{' '}
          {clearance.read}){clearance.levels.length ? `: ${clearance.levels.map((l) => `${clearanceLabel(l.level)} ${l.count}`).join(', ')}` : ''}.
        </p>
      ) : (
        <p class="wl-muted">Your saved jobs were saved before clearance was read from adverts.</p>
      )}
    </section>
  );
});
