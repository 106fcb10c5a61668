import { useState } from 'preact/hooks';
import { NOTES_MAX_CHARS } from '../../lib/watchlist/schema';

interface Props {
  inputId: string;
  title: string;
  initial: string;
  onSave: (notes: string) => void;
  onCancel: () => void;
}

/** Notes on one saved job: Ctrl+Enter saves, Escape cancels. */
export function NotesEditor({ inputId, title, initial, onSave, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  return (
    <form
      class="wl-notes-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <label class="sr-only" for={inputId}>
        Notes for {title}
      </label>
      <textarea
        id={inputId}
        value={value}
        maxLength={NOTES_MAX_CHARS}
        rows={3}
        // Focus moves into the editor the user just opened.
        autoFocus
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave(value);
        }}
      />
      <div class="wl-row">
        <button type="submit" class="wl-button wl-button-primary">
          Save notes
        </button>
        <button type="button" class="wl-button wl-button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
