import type { ProfileSyncStatus } from '../../lib/watchlist/profile';

/** Whether the reader syncs the watchlist (the profile follows it), and how the profile's last sync went. */
export interface ProfileSync {
  on: boolean;
  status: ProfileSyncStatus | null;
}

/** What happens to the profile: where it is kept, what sync carries, and any problem with the last sync. */
export function ProfileSyncNote({ sync }: { sync?: ProfileSync }) {
  const problem = sync?.on && sync.status && sync.status.state !== 'ok' ? sync.status : null;
  return (
    <>
      <p class="wl-muted" data-testid="profile-sync">
        Used to show what you hold and miss of each advert; export it below to use it with the command line.{' '}
        {sync?.on
          ? 'Synced with your watchlist across your browsers: what you hold, your target level, years and preferences, never any CV text.'
          : 'Stored in this browser only. If you turn on watchlist sync, the profile is synced too, never any CV text.'}
      </p>
      {problem ? (
        <p class={`wl-notice ${problem.state === 'error' ? 'wl-notice-danger' : 'wl-notice-warn'}`} role="status">
          {problem.message}
        </p>
      ) : null}
    </>
  );
}
