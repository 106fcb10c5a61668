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
  /** The first answer was in the DOM; `early` when it was the one already held. */
  rendered?: number;
  early?: boolean;
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
  phases.rendered = now();
  phases.early = early;
  // Kept for readers of the earlier attributes.
  document.documentElement.dataset.answerMs = String(phases.rendered);
  document.documentElement.dataset.answerState = kind;
  publish();
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
