/** "Highlight on page", with a word when there is nothing to mark. */
export function HighlightToggle({ on, message, onToggle }: { on: boolean; message: string | null; onToggle: (on: boolean) => void }) {
  return (
    <div class="toggle">
      <input id="highlight-toggle" type="checkbox" checked={on} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />
      <label for="highlight-toggle">Highlight on page</label>
      {message ? <span class="hint">{message}</span> : null}
    </div>
  );
}
