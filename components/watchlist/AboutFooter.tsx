import { PRIVACY_PAGE } from '../../lib/watchlist/labels';
import { CURRENT_VERSION } from '../../lib/watchlist/schema';

/**
 * Which release is installed and which storage format it writes: the two numbers a bug report
 * or an import problem needs, where a user can read them out.
 */
export function AboutFooter({ extensionVersion }: { extensionVersion: string }) {
  return (
    <footer class="wl-footer" data-testid="about-footer">
      <span data-testid="extension-version">PMO Pathfinder {extensionVersion}</span>
      <span aria-hidden="true"> · </span>
      <span data-testid="data-version">watchlist data version {CURRENT_VERSION}</span>
      <span aria-hidden="true"> · </span>
      <a href={PRIVACY_PAGE} data-testid="privacy-link">
        Privacy: nothing leaves your browser
      </a>
    </footer>
  );
}
