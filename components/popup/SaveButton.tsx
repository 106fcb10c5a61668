import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../../lib/analysis';
import type { Posting } from '../../lib/posting';
import type { Repost } from '../../lib/watchlist/duplicates-schema';
import type { WatchlistPort } from './ports';
import { repostQuestion } from '../../lib/watchlist/duplicates-groups';
import { errorText } from '../../lib/errors';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'asking'; repost: Repost }
  | { kind: 'saved'; status: string; linkedTo?: string }
  | { kind: 'failed'; message: string };

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

  const store = async (linkTo?: Repost) => {
    setState({ kind: 'saving' });
    try {
      const saved = await watchlist.save(posting, analysis, linkTo?.id);
      setState({ kind: 'saved', status: saved.status, linkedTo: linkTo?.source });
    } catch (err) {
      setState({ kind: 'failed', message: errorText(err) });
    }
  };

  /** A first save asks whether the job is already saved from elsewhere, so it is never kept twice unasked. */
  const save = async () => {
    setState({ kind: 'saving' });
    let repost: Repost | null = null;
    try {
      repost = (await watchlist.findRepost?.(posting)) ?? null;
    } catch {
      // The check failing must not stop the save the reader asked for.
    }
    if (repost) setState({ kind: 'asking', repost });
    else await store();
  };

  if (state.kind === 'asking') {
    return (
      <div class="save" role="group" aria-labelledby="repost-question" data-testid="repost-prompt">
        <p id="repost-question" class="save-question">
          {repostQuestion(state.repost)}
          {state.repost.title ? ` (${state.repost.title}${state.repost.company ? `, ${state.repost.company}` : ''})` : ''}.
        </p>
        <div class="save-choices">
          <button type="button" class="button button-primary" data-testid="repost-link" onClick={() => store(state.repost)}>
            Link them
          </button>
          <button type="button" class="button" data-testid="repost-separate" onClick={() => store()}>
            Save separately
          </button>
        </div>
      </div>
    );
  }

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
      {state.kind === 'saved' && state.linkedTo ? (
        <p class="save-question" role="status">
          Linked with the job saved from {state.linkedTo}.
        </p>
      ) : null}
    </div>
  );
}
