import type { Analysis, Fit } from '../analysis';
import { describeFacts } from '../analyze/facts/describe';
import type { TabResult } from '../messages';
import { WITH_PAGE_ATTRIBUTE } from './marker';
import { certName, confidenceWords, leadingOffices, LEVELS, levelNumberLabel, OFFICE_HINTS, officeName, REQUIREMENT_LABELS, resultHead, sortMentioned } from '../present';

/**
 * The popup's first screen for an answer already held, as static markup the browser paints with
 * the page (entrypoints/background/popup-page.ts serves it inside popup.html). It is the top of
 * what the popup's own render shows (components/popup/ResultView.tsx), with the same classes, so
 * the popup's script takes over with identical content and only adds what follows below. Text
 * only: every string from the page is escaped, and nothing in it can run or be clicked.
 */


/** Beyond this the answer is served without it: a page this big would take longer to send than to render. */
export const MAX_MARKUP_CHARS = 24_000;

/** Where the popup folds the rest of the list away (components/popup/CertificationList.tsx). */
const CERTS_SHOWN_FIRST = 10;

/** The glance's facts (components/popup/Glance.tsx). */
const GLANCE_SHOWN = new Set(['closing', 'pay', 'contract', 'workplace', 'clearance', 'grade']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in a double-quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function notice(tone: 'info' | 'warn', title: string | null, body: string): string {
  return `<div class="notice notice-${tone}">${title ? `<p class="notice-title">${escapeHtml(title)}</p>` : ''}<div class="notice-body"><p>${escapeHtml(body)}</p></div></div>`;
}

function glance(facts: Analysis['facts'], today: string): string {
  const lines = describeFacts(facts, today).filter((l) => GLANCE_SHOWN.has(l.key));
  if (!lines.length) return '';
  const items = lines.map(
    (l) =>
      `<li class="glance-fact glance-${escapeHtml(l.key)}"><span class="glance-label" title="${escapeHtml(`The advert says: “${l.text}”`)}">${escapeHtml(l.label)}</span>` +
      `<span class="glance-said" role="tooltip">The advert says: “${escapeHtml(l.text)}”</span></li>`,
  );
  return `<section class="glance" aria-label="At a glance"><ul class="glance-list">${items.join('')}</ul></section>`;
}

/**
 * A folded section's heading, in the place the popup shows it; its body is the popup's to fill
 * (components/popup/Folded.tsx builds it after the first paint too).
 */
function folded(kind: 'why' | 'more', summary: string): string {
  return `<details class="${kind}"><summary>${escapeHtml(summary)}</summary></details>`;
}

/** How many missing items the popup names (components/popup/FitSummary.tsx). */
const FIT_NAMED = 3;

function fitCard(fit: Fit): string {
  if (fit.askedCount === 0) {
    return '<section class="card fit-card" aria-label="Your fit"><h2 class="card-label">Your fit</h2><p class="muted">The advert asks for nothing your profile can hold.</p></section>';
  }
  const required = fit.requiredMissing.length;
  const named = fit.asked.filter((a) => !a.held && a.requirement !== 'mentioned').slice(0, FIT_NAMED);
  const missingLine = named.length ? `Missing: ${named.map((m) => `${m.label} (${m.requirement})`).join(', ')}` : '';
  const line =
    fit.heldCount === 0
      ? '<p class="fit-line muted">Add what you hold on your profile (Open watchlist) to see your fit.</p>'
      : missingLine
        ? `<p class="fit-line" title="${escapeHtml(missingLine)}">${escapeHtml(missingLine)}</p>`
        : '';
  return (
    `<section class="card fit-card" aria-label="Your fit"><h2 class="card-label">Your fit</h2>` +
    `<p class="fit-count"><strong>${fit.heldCount} of ${fit.askedCount}</strong> held` +
    `${required ? `<span class="fit-required"> · ${required} required missing</span>` : '<span class="fit-ok"> · every requirement met</span>'}</p>` +
    `${line}${folded('why', `All ${fit.askedCount} asked items`)}</section>`
  );
}

function levelCard(level: Analysis['level']): string {
  const id = level.id;
  if (!id || !LEVELS[id]) {
    return (
      '<section class="card level-card level-none" aria-label="Career level"><h2 class="card-label">Career level</h2><p class="level-role">Level unclear</p>' +
      '<p class="muted">The advert does not say enough to place it on the PMO Learning levels.</p>' +
      `${level.evidence.length > 0 ? folded('why', 'Why') : ''}</section>`
    );
  }
  const info = LEVELS[id];
  const confidence = Number.isFinite(level.confidence) ? Math.round(level.confidence * 100) : 0;
  return (
    `<section class="card level-card level-${info.number}" aria-label="Career level"><div class="level-head">` +
    `<div class="level-number" aria-hidden="true">${info.number}</div>` +
    `<div class="level-names"><h2 class="card-label">Career level</h2><p class="level-role">${escapeHtml(info.role)}</p></div>` +
    `<span class="confidence" title="Confidence ${confidence}%">${escapeHtml(confidenceWords(level.confidence))}</span></div>` +
    `<p class="level-name"><span class="level-number-label">${escapeHtml(levelNumberLabel(id))}</span> · ${escapeHtml(info.name)}</p>` +
    `${info.summary ? `<p class="level-summary">${escapeHtml(info.summary)}</p>` : ''}${folded('why', 'Why this level')}</section>`
  );
}

function offices(list: Analysis['offices']): string {
  const shown = leadingOffices(list);
  const body = shown.length
    ? `<ul class="office-list">${shown.map((o) => `<li><span class="office-badge office-${escapeHtml(o.id)}">${escapeHtml(officeName(o.id))}</span><span class="office-hint">${escapeHtml(OFFICE_HINTS[o.id])}</span></li>`).join('')}</ul>`
    : '<p class="muted">Not stated in the advert</p>';
  return `<section class="card office" aria-label="Office type"><h2 class="card-label">Office type</h2>${body}</section>`;
}

function mentioned(certs: Analysis['certificationsMentioned']): string {
  const items = sortMentioned(certs)
    .slice(0, CERTS_SHOWN_FIRST)
    .map((c) => {
      const name = certName(c);
      const said = c.text.trim();
      const quoted = said && said.toLowerCase() !== name.toLowerCase() ? said : null;
      return (
        `<li class="cert-item"><div class="cert-row"><span class="cert-name">${escapeHtml(name)}</span><span class="cert-badges">` +
        `<span class="req req-${escapeHtml(c.requirement)}">${escapeHtml(REQUIREMENT_LABELS[c.requirement])}</span>` +
        `${c.held ? '<span class="tag tag-held"><span aria-hidden="true">✓ </span>You hold this</span>' : ''}</span></div>` +
        `${quoted ? `<p class="cert-quote">Written as “${escapeHtml(quoted)}”</p>` : ''}` +
        `${c.note ? `<p class="cert-note"><span class="note-label">Legacy:</span> ${escapeHtml(c.note)}</p>` : ''}</li>`
      );
    });
  const rest = certs.length - CERTS_SHOWN_FIRST;
  const body = certs.length ? `<ul class="cert-list">${items.join('')}</ul>${rest > 0 ? folded('more', `Show ${rest} more`) : ''}` : '<p class="muted">No certifications named.</p>';
  return `<section class="section" aria-label="This advert asks for"><h2 class="section-title">This advert asks for</h2>${body}</section>`;
}

/**
 * The held answer's first screen, or null when there is nothing to show this way (not an
 * answer, or too big). `today` dates the closing-date fact as the popup does.
 */
export function answerMarkup(result: TabResult, today: string): string | null {
  if (result.state !== 'ok') return null;
  const { posting, analysis } = result;
  const head = resultHead(posting, analysis);
  const parts = [
    `<header class="job"><h1 class="job-title">${escapeHtml(head.title)}</h1>${head.meta ? `<p class="job-meta">${escapeHtml(head.meta)}</p>` : ''}${head.from ? `<p class="job-source">${escapeHtml(head.from)}</p>` : ''}</header>`,
    head.language ? notice('warn', head.language.title, head.language.message) : '',
    head.truncated ? notice('info', 'Long advert', head.truncated) : '',
    ...head.otherNotices.map((message) => notice('info', null, message)),
    glance(analysis.facts, today),
    head.notPmo ? notice('info', 'This doesn’t look like a PMO role', head.notPmoMessage) : levelCard(analysis.level),
  ];
  parts.push(analysis.fit ? fitCard(analysis.fit) : '', head.notPmo ? '' : offices(analysis.offices), mentioned(analysis.certificationsMentioned));
  const markup =
    `<div class="popup" ${WITH_PAGE_ATTRIBUTE}=""><main class="content"><article class="result">${parts.join('')}</article></main></div>`;
  return markup.length <= MAX_MARKUP_CHARS ? markup : null;
}
