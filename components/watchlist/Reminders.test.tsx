// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Reminders } from './Reminders';
import type { Send } from './client';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../lib/watchlist/reminders';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

/** A background that keeps the settings and says the permissions are held once granted. */
function fakes(grant: boolean) {
  const calls: string[] = [];
  let settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS;
  let granted = false;
  const send = (async (type: string, data: unknown) => {
    calls.push(type === 'remindersSet' ? `set:${(data as ReminderSettings).enabled}` : type);
    if (type === 'remindersSet') settings = data as ReminderSettings;
    return { settings, granted, scheduled: settings.enabled ? 2 : 0 };
  }) as unknown as Send;
  const permissions = {
    async request() {
      calls.push('request');
      granted = grant;
      return grant;
    },
    async release() {
      calls.push('release');
      granted = false;
      return true;
    },
  };
  return { send, permissions, calls };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const toggle = () => root!.querySelector<HTMLInputElement>('[data-testid="reminders-toggle"]')!;

async function mount(f: ReturnType<typeof fakes>) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Reminders send={f.send} permissions={f.permissions} readOnly={false} />, root!));
  await settle();
}

describe('the reminders setting', () => {
  it('is off and asks the browser for nothing until the reader turns it on', async () => {
    const f = fakes(true);
    await mount(f);
    expect(toggle().checked).toBe(false);
    expect(f.calls).toEqual(['remindersGet']);
  });

  it('turning it on asks the browser first, then switches reminders on', async () => {
    const f = fakes(true);
    await mount(f);
    await act(async () => toggle().click());
    await settle();
    expect(f.calls).toEqual(['remindersGet', 'request', 'set:true']);
    expect(toggle().checked).toBe(true);
    expect(root!.textContent).toContain('2 reminders waiting');
  });

  it('a refusal leaves reminders off and says why', async () => {
    const f = fakes(false);
    await mount(f);
    await act(async () => toggle().click());
    await settle();
    expect(f.calls).toEqual(['remindersGet', 'request']);
    expect(toggle().checked).toBe(false);
    expect(root!.textContent).toContain('the browser did not allow notifications');
  });

  it('turning it off stops the reminders, then gives the permissions back', async () => {
    const f = fakes(true);
    await mount(f);
    await act(async () => toggle().click());
    await settle();
    await act(async () => toggle().click());
    await settle();
    expect(f.calls.slice(-2)).toEqual(['set:false', 'release']);
    expect(toggle().checked).toBe(false);
  });
});
