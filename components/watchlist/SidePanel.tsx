import { memo } from 'preact/compat';
import type { Profile } from '../../lib/analysis';
import { PROFILE_SYNC_STATUS_KEY, type SyncStatus } from '../../lib/watchlist/schema';
import { parseProfileSyncStatus } from '../../lib/watchlist/profile';
import type { Summary } from '../../lib/watchlist/summary';
import { CertificatePathCard } from './CertificatePathCard';
import type { WatchlistClient } from './client';
import type { FitOf, IsHeld } from './WatchlistRow';
import { DataPanel } from './DataPanel';
import { Insights } from './Insights';
import { ProfileEditor } from './ProfileEditor';
import { Reminders } from './Reminders';
import { SyncPanel } from './SyncPanel';
import { useAfterFirstPaint } from './useAfterPaint';
import { useKeptCv } from './useKeptCv';
import { useStored } from './useStored';

const NONE: Summary[] = [];

interface Props {
  client: WatchlistClient;
  entries: Summary[];
  /** The saved jobs are read: insights and the certificate path may be worked out once the first rows are on screen. */
  ready: boolean;
  profile: Profile;
  seen: string[];
  syncOn: boolean;
  syncStatus: SyncStatus | null;
  readOnly: boolean;
  isHeld: IsHeld;
  fitOf: FitOf;
  onSaveProfile: (profile: Profile) => Promise<boolean>;
  onSetSync: (enabled: boolean) => Promise<void>;
  onSyncNow: () => Promise<void>;
}

/** Insights, path, profile and data: memoised, so a filter, a sort or a keystroke in search does not render it again. */
export const SidePanel = memo(function SidePanel(p: Props) {
  const later = useAfterFirstPaint(p.entries, NONE, p.ready);
  const kept = useKeptCv(p.client);
  const profileSync = useStored(p.client, PROFILE_SYNC_STATUS_KEY, parseProfileSyncStatus);
  return (
    <aside class="wl-side" aria-label="Insights, profile and data">
      <Insights entries={later} profile={p.profile} />
      <CertificatePathCard entries={later} profile={p.profile} />
      <ProfileEditor profile={p.profile} seen={p.seen} onSave={p.onSaveProfile} sync={{ on: p.syncOn, status: profileSync }} kept={kept} />
      <DataPanel client={p.client} entries={p.entries} readOnly={p.readOnly} isHeld={p.isHeld} fitOf={p.fitOf} profile={p.profile} />
      {p.client.reminderPermissions ? <Reminders send={p.client.send} permissions={p.client.reminderPermissions} readOnly={p.readOnly} /> : null}
      <SyncPanel enabled={p.syncOn} status={p.syncStatus} readOnly={p.readOnly} onToggle={p.onSetSync} onSyncNow={p.onSyncNow} />
    </aside>
  );
});
