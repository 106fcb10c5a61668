import type { Analysis } from '../../lib/analysis';
import { describeFacts } from '../../lib/analyze/facts/describe';
import './Glance.css';

/** The glance skips tools and agency: they have their own places further down. */
const SHOWN = new Set(['closing', 'pay', 'contract', 'workplace', 'clearance', 'grade']);

/**
 * One line of what decides whether to apply: closing date, pay, contract, place, clearance and
 * grade. Each fact shows the advert's own words on hover and on keyboard focus.
 */
export function Glance({ facts, today }: { facts: Analysis['facts']; today?: string }) {
  const lines = describeFacts(facts, today).filter((l) => SHOWN.has(l.key));
  if (!lines.length) return null;
  return (
    <section class="glance" data-testid="glance" aria-label="At a glance">
      <ul class="glance-list">
        {lines.map((l) => (
          <li key={l.key} class={`glance-fact glance-${l.key}`}>
            <span class="glance-label" tabIndex={0} title={`The advert says: “${l.text}”`} aria-describedby={`glance-${l.key}-said`}>
              {l.label}
            </span>
            <span id={`glance-${l.key}-said`} class="glance-said" role="tooltip">
              The advert says: “{l.text}”
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
