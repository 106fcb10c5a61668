import type { TabResult } from '../../lib/messages';

/**
 * The popup's answer split into phases, in milliseconds since the popup's navigation began:
 * published on the document for the browser tests, which print them.
 */
export interface Phases {
  /** The popup's script started. */
  start?: number;
  /** The request for the answer already held went out, and came back. */
  heldAsked?: number;
  heldReplied?: number;
  /** The request for a fresh read went out, and came back. */
  asked?: number;
  replied?: number;
  /**
   * The first answer was in the DOM; `early` when it was the one already held. When it came
   * inside the page (`withPage`), the moment it was painted: the page's first contentful paint,
   * as the held answer is the page's first content.
   */
  rendered?: number;
  early?: boolean;
  /** The held answer came inside popup.html (Chromium; entrypoints/background/popup-page.ts). */
  withPage?: boolean;
  /** The popup's own render replaced the answer that came with the page. */
  takenOver?: number;
  /** The background's part of the fresh read: reader injected, advert read, analysed. */
  injectMs?: number;
  readMs?: number;
  analyzeMs?: number;
  /** The fresh read changed what the popup showed. */
  changed?: boolean;
}

const phases: Phases = {};
const now = () => Math.round(performance.now());

function publish(): void {
  document.documentElement.dataset.phases = JSON.stringify(phases);
}

/** `at`: when it happened, for a phase recorded before this script ran (see lib/popup-early.ts). */
export function markPhase(name: 'start' | 'heldAsked' | 'heldReplied' | 'asked' | 'replied', at = now()): void {
  phases[name] = at;
  publish();
}

export function markRendered(kind: string, early: boolean): void {
  if (phases.withPage) {
    // Shown since the page's first paint; this is only the popup's own render taking over.
    phases.takenOver = now();
    return publish();
  }
  setRendered(now(), kind, early);
}

function setRendered(at: number, kind: string, early: boolean): void {
  phases.rendered = at;
  phases.early = early;
  // Kept for readers of the earlier attributes.
  document.documentElement.dataset.answerMs = String(phases.rendered);
  document.documentElement.dataset.answerState = kind;
  publish();
}

/**
 * The held answer came with the page: it was on screen at the page's first contentful paint.
 * Where the browser reports no paint (a page out of view is not painted), the time this script
 * started stands instead, a later bound, since the answer was parsed before it.
 */
export function markAnswerWithPage(): void {
  phases.withPage = true;
  const scriptStart = phases.start ?? now();
  const painted = (entries: PerformanceEntryList) => entries.find((e) => e.name === 'first-contentful-paint');
  const seen = painted(performance.getEntriesByType('paint'));
  if (seen) return setRendered(Math.round(seen.startTime), 'result', true);
  publish();
  let done = false;
  const settle = (at: number) => {
    if (done) return;
    done = true;
    observer?.disconnect();
    setRendered(at, 'result', true);
  };
  const observer = typeof PerformanceObserver === 'function' ? new PerformanceObserver((list) => {
    const entry = painted(list.getEntries());
    if (entry) settle(Math.round(entry.startTime));
  }) : null;
  try {
    observer?.observe({ type: 'paint', buffered: true });
  } catch {
    return settle(scriptStart);
  }
  if (!observer) return settle(scriptStart);
  setTimeout(() => settle(scriptStart), 1000);
}

export function markConfirmed(result: TabResult, changed: boolean): void {
  phases.changed = changed;
  if (result.state === 'ok' && result.timings) {
    const round = (n: number) => Math.round(n * 10) / 10;
    phases.injectMs = round(result.timings.injectMs);
    phases.readMs = round(result.timings.readMs);
    phases.analyzeMs = round(result.timings.analyzeMs);
  }
  publish();
}
