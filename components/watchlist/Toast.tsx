import { useEffect } from 'preact/hooks';

export interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
  tone?: 'info' | 'error';
}

interface Props {
  toast: ToastMessage | null;
  onDismiss: () => void;
  /** Long enough to reach Undo with a keyboard or a screen reader. */
  timeoutMs?: number;
}

export function Toast({ toast, onDismiss, timeoutMs = 10_000 }: Props) {
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(t);
  }, [toast, onDismiss, timeoutMs]);
  return (
    <div class="wl-toast-region" role="status" aria-live="polite">
      {toast ? (
        <div class={`wl-toast ${toast.tone === 'error' ? 'wl-toast-error' : ''}`}>
          <span>{toast.text}</span>
          {toast.action ? (
            <button
              type="button"
              class="wl-button"
              onClick={() => {
                toast.action!.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" class="wl-button wl-button-quiet" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
