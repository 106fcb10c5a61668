import { useState } from 'preact/hooks';

/** Any advert text, pasted: an emailed job spec, a careers page the reader cannot open here. */
export function PasteBox({ onAnalyze, busy = false }: { onAnalyze: (text: string) => void; busy?: boolean }) {
  const [text, setText] = useState('');
  const trimmed = text.trim();
  return (
    <form
      class="paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed) onAnalyze(text);
      }}
    >
      <label for="paste-text" class="paste-label">
        Or paste the advert text
      </label>
      <textarea
        id="paste-text"
        class="paste-text"
        rows={5}
        maxLength={200_000}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        placeholder="Job title, duties, requirements…"
      />
      <button type="submit" class="button button-primary" disabled={!trimmed || busy}>
        {busy ? 'Analysing…' : 'Analyse'}
      </button>
    </form>
  );
}
