interface Props {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  from: number;
  to: number;
  total: number;
}

/** Pages rather than one long table: 5,000 rows would make every keystroke in the filter re-render them all. */
export function Pager({ page, pages, onPage, from, to, total }: Props) {
  if (pages <= 1) return null;
  return (
    <nav class="wl-pager" aria-label="Pages of saved jobs">
      <button type="button" class="wl-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>
        Showing {from}–{to} of {total} · page{' '}
        <label class="sr-only" for="wl-page">
          Page
        </label>
        <select id="wl-page" value={String(page)} onChange={(e) => onPage(Number(e.currentTarget.value))}>
          {Array.from({ length: pages }, (_, i) => (
            <option key={i} value={String(i + 1)}>
              {i + 1}
            </option>
          ))}
        </select>{' '}
        of {pages}
      </span>
      <button type="button" class="wl-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
