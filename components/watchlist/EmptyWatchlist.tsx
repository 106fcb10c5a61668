/** What a new reader sees before saving a job: how to save one. */
export function EmptyWatchlist() {
  return (
    <div class="wl-empty">
      <p>
        <strong>No saved jobs yet.</strong>
      </p>
      <p>Open a job advert, click PMO Pathfinder in the toolbar and press “Save”. The job appears here at once.</p>
    </div>
  );
}
