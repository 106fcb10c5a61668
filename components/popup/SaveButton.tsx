import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../../lib/analysis';
import type { Posting } from '../../lib/posting';
import type { WatchlistPort } from './ports';
import { errorText } from '../../lib/errors';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; status: string } | { kind: 'failed'; message: string };

/** "Saved · Applied"; a job that is only saved reads "Saved to watchlist", not "Saved · Saved". */
function savedLabel(status: string): string {
  const s = status.trim();
  if (!s || s.toLowerCase() === 'saved') return 'Saved to watchlist';
  return `Saved · ${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

export function SaveButton({ posting, analysis, watchlist }: { posting: Posting; analysis: Analysis; watchlist: WatchlistPort }) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    watchlist
      .lookup(posting)
      .then((found) => {
        if (live && found) setState((s) => (s.kind === 'idle' ? { kind: 'saved', status: found.status } : s));
      })
      .catch(() => {
        // Not knowing whether it is saved already is harmless: saving again updates the entry.
      });
    return () => {
      live = false;
    };
  }, [posting, watchlist]);

  const save = async () => {
    setState({ kind: 'saving' });
    try {
      const saved = await watchlist.save(posting, analysis);
      setState({ kind: 'saved', status: saved.status });
    } catch (err) {
      setState({ kind: 'failed', message: errorText(err) });
    }
  };

  const saved = state.kind === 'saved';
  return (
    <div class="save">
      <button
        type="button"
        class={saved ? 'button button-saved' : 'button button-primary'}
        data-testid="save-job"
        onClick={saved || state.kind === 'saving' ? undefined : save}
        aria-disabled={saved || state.kind === 'saving' ? 'true' : undefined}
      >
        {state.kind === 'saving' ? 'Saving…' : saved ? savedLabel(state.status) : 'Save to watchlist'}
      </button>
      <p class="save-message" role="status" aria-live="polite">
        {state.kind === 'failed' ? `Could not save: ${state.message.replace(/[.!?]+\s*$/, '')}. Try again.` : ''}
      </p>
    </div>
  );
}
