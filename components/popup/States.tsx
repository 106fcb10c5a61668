import type { ComponentChildren } from 'preact';
import { answerSummary } from '../../lib/present';
import { PasteBox } from './PasteBox';
import type { View } from './ports';

function statusText(view: View): string {
  switch (view.kind) {
    case 'loading':
      return 'Reading the advert…';
    case 'result':
      return answerSummary(view.posting, view.analysis);
    case 'no-advert':
      return 'No job advert found on this page.';
    case 'restricted':
      return 'This page cannot be read by extensions.';
    case 'error':
      return `Something went wrong: ${view.message}`;
  }
}

/** What a screen reader hears as the popup's state changes. */
export function StatusLine({ view }: { view: View }) {
  return (
    <div class="sr-only" role="status" aria-live="polite">
      {statusText(view)}
    </div>
  );
}

export function Loading() {
  return (
    <div class="state state-loading" aria-busy="true">
      <div class="spinner" aria-hidden="true" />
      <p>Reading the advert…</p>
    </div>
  );
}

export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'warn' | 'danger'; title?: string; children?: ComponentChildren }) {
  return (
    <div class={`notice notice-${tone}`}>
      {title ? <p class="notice-title">{title}</p> : null}
      {children ? <div class="notice-body">{children}</div> : null}
    </div>
  );
}

interface TextInputProps {
  onAnalyzeText: (text: string) => void;
  onAnalyzeSelection?: (() => void) | undefined;
  selectionMessage?: string | null | undefined;
  busy?: boolean | undefined;
}

function TextInputs({ onAnalyzeText, onAnalyzeSelection, selectionMessage, busy }: TextInputProps) {
  return (
    <div class="text-inputs">
      {onAnalyzeSelection ? (
        <div class="selection">
          <button type="button" class="button button-secondary" onClick={onAnalyzeSelection} disabled={busy}>
            Analyse selected text
          </button>
          <p class="hint" role="status" aria-live="polite">
            {selectionMessage ?? 'Select the advert on the page first.'}
          </p>
        </div>
      ) : null}
      <PasteBox onAnalyze={onAnalyzeText} busy={busy ?? false} />
    </div>
  );
}

export function NotAJob({ reason, ...inputs }: { reason: string } & TextInputProps) {
  return (
    <div class="state" data-testid="not-a-job">
      <h1 class="state-title">No job advert found</h1>
      <p class="muted">{reason || 'This page does not look like a job advert.'}</p>
      <TextInputs {...inputs} />
    </div>
  );
}

export function Restricted({ reason, ...inputs }: { reason: string } & TextInputProps) {
  return (
    <div class="state state-restricted">
      <h1 class="state-title">This page can’t be read</h1>
      <p class="muted">
        {reason || 'Browser pages and extension stores are off limits to extensions.'} Open the advert in a normal tab, or paste its text.
      </p>
      <TextInputs {...inputs} />
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="state state-error">
      <h1 class="state-title">Something went wrong</h1>
      <p class="muted">{message || 'The advert could not be analysed.'}</p>
      <button type="button" class="button button-primary" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
