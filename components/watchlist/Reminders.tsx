import { useEffect, useState } from 'preact/hooks';
import type { ReminderSettings, ReminderStatus } from '../../lib/watchlist/reminders';
import { errorText } from '../../lib/errors';
import type { Send } from './client';

/** Asking the browser for the permissions reminders need, and giving them back. */
export interface ReminderPermissionsPort {
  /** Must be called straight from the reader's click: browsers allow a request only then. */
  request(): Promise<boolean>;
  release(): Promise<boolean>;
}

interface Props {
  send: Send;
  permissions: ReminderPermissionsPort;
  readOnly: boolean;
}

const DAY_LIMITS = { daysBeforeClose: { min: 1, max: 30 }, daysAfterApplied: { min: 1, max: 60 } } as const;

/** The reminders setting: off until the reader turns it on, and only then does the browser ask for anything. */
export function Reminders({ send, permissions, readOnly }: Props) {
  const [status, setStatus] = useState<ReminderStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    send('remindersGet', {})
      .then((s) => live && setStatus(s))
      .catch((err: unknown) => live && setMessage(`Could not read the reminder settings: ${errorText(err)}`));
    return () => {
      live = false;
    };
  }, [send]);

  const apply = async (settings: ReminderSettings) => {
    setStatus(await send('remindersSet', settings));
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (err) {
      setMessage(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (on: boolean) => {
    if (!status) return;
    const settings = status.settings;
    if (!on) {
      void run(async () => {
        await apply({ ...settings, enabled: false });
        await permissions.release();
      });
      return;
    }
    // Asked before anything is awaited, while the click still counts as the reader's.
    const asked = permissions.request().catch(() => false);
    void run(async () => {
      if (!(await asked)) {
        setMessage('Reminders stay off: the browser did not allow notifications.');
        return;
      }
      await apply({ ...settings, enabled: true });
    });
  };

  const setDays = (key: keyof typeof DAY_LIMITS, raw: string) => {
    if (!status) return;
    const n = Number(raw);
    const { min, max } = DAY_LIMITS[key];
    if (!Number.isInteger(n) || n < min || n > max) {
      setMessage(`Choose a whole number of days from ${min} to ${max}.`);
      return;
    }
    void run(() => apply({ ...status.settings, [key]: n }));
  };

  const settings = status?.settings;
  const on = !!settings?.enabled && !!status?.granted;
  return (
    <section class="wl-card" aria-labelledby="wl-reminders-h" data-testid="reminders">
      <h2 id="wl-reminders-h">Reminders</h2>
      <label class="wl-check">
        <input type="checkbox" data-testid="reminders-toggle" checked={on} disabled={!status || busy || readOnly} onChange={(e) => toggle(e.currentTarget.checked)} />
        Remind me before saved jobs close, and to follow up after I apply
      </label>
      <p class="wl-muted">
        Shown by your browser on this computer; nothing is sent anywhere. Turning this on asks the browser to allow notifications.
      </p>
      {settings && on ? (
        <div class="wl-row">
          <label>
            Days before closing{' '}
            <input type="number" min={1} max={30} value={settings.daysBeforeClose} disabled={busy} onChange={(e) => setDays('daysBeforeClose', e.currentTarget.value)} />
          </label>
          <label>
            Days after applying{' '}
            <input type="number" min={1} max={60} value={settings.daysAfterApplied} disabled={busy} onChange={(e) => setDays('daysAfterApplied', e.currentTarget.value)} />
          </label>
        </div>
      ) : null}
      <div role="status" aria-live="polite" data-testid="reminders-status">
        {message ? <p class="wl-notice wl-notice-warn">{message}</p> : null}
        {on && status ? <p class="wl-muted">{status.scheduled === 1 ? '1 reminder waiting.' : `${status.scheduled} reminders waiting.`}</p> : null}
      </div>
    </section>
  );
}
