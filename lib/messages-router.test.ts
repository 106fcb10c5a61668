import { describe, it, expect, vi } from 'vitest';
import { createRouter, createSender, MessageError, type Handlers } from './messages';
import { createReplySender } from './send';
import { toProfile } from './analysis';

interface FakeSender {
  id?: string;
  tab?: { id: number };
}
const OWN_ID = 'pmo-pathfinder-test';
const own: FakeSender = { id: OWN_ID, tab: { id: 7 } };

function router(handlers: Handlers<FakeSender>) {
  const rejected: string[] = [];
  const listener = createRouter(handlers, {
    isTrusted: (s) => s.id === OWN_ID,
    onRejected: (reason) => rejected.push(reason),
  });
  return { listener, rejected };
}

describe('message router', () => {
  it('answers a valid message from the extension itself with the handler result', async () => {
    const analyzeText = vi.fn(async ({ text }: { text: string }) => ({ state: 'no-advert' as const, reason: `got ${text.length}` }));
    const { listener } = router({ analyzeText });
    const reply = await listener({ type: 'analyzeText', data: { text: 'PMO Analyst', source: 'text' } }, own);
    expect(reply).toEqual({ state: 'no-advert', reason: 'got 11' });
    expect(analyzeText).toHaveBeenCalledOnce();
  });

  it('ignores messages from other extensions or web pages, and counts them', () => {
    const analyzeText = vi.fn();
    const { listener, rejected } = router({ analyzeText });
    expect(listener({ type: 'analyzeText', data: { text: 'x', source: 'text' } }, { id: 'someone-else' })).toBeUndefined();
    expect(listener({ type: 'analyzeText', data: { text: 'x', source: 'text' } }, {})).toBeUndefined();
    expect(analyzeText).not.toHaveBeenCalled();
    expect(rejected).toEqual(['untrusted sender', 'untrusted sender']);
  });

  it('ignores things that are not protocol messages', () => {
    const { listener, rejected } = router({ analyzeText: vi.fn() });
    for (const raw of [null, 'analyzeText', 42, { type: 'deleteEverything', data: {} }, { data: {} }, []]) {
      expect(listener(raw, own)).toBeUndefined();
    }
    expect(rejected).toHaveLength(6);
  });

  it('refuses a known message whose data fails its schema, without calling the handler', async () => {
    const analyzeTab = vi.fn();
    const { listener, rejected } = router({ analyzeTab });
    expect(await listener({ type: 'analyzeTab', data: { tabId: -1 } }, own)).toEqual({ error: 'Invalid analyzeTab request' });
    expect(await listener({ type: 'analyzeTab', data: { tabId: '3; drop' } }, own)).toEqual({ error: 'Invalid analyzeTab request' });
    expect(analyzeTab).not.toHaveBeenCalled();
    expect(rejected).toEqual(['invalid analyzeTab request', 'invalid analyzeTab request']);
  });

  it('turns a failing handler into an error reply rather than an unhandled rejection', async () => {
    const { listener } = router({
      analyzeTab: () => {
        throw new Error('tab closed');
      },
    });
    expect(await listener({ type: 'analyzeTab', data: { tabId: 3 } }, own)).toEqual({ error: 'tab closed' });
  });

  it('applies a per-message rule, so a content script cannot reach the watchlist', async () => {
    const watchlistDelete = vi.fn(async () => ({ removed: [] }));
    const postingChanged = vi.fn(async () => ({ ok: true as const }));
    const rejected: string[] = [];
    const listener = createRouter<FakeSender>(
      { watchlistDelete, postingChanged },
      {
        isTrusted: (s) => s.id === OWN_ID,
        isAllowed: (type, s) => s.tab === undefined || type === 'postingChanged',
        onRejected: (reason) => rejected.push(reason),
      },
    );
    expect(listener({ type: 'watchlistDelete', data: { ids: ['reed:1'] } }, own)).toBeUndefined();
    expect(await listener({ type: 'postingChanged', data: { posting: null } }, own)).toEqual({ ok: true });
    expect(await listener({ type: 'watchlistDelete', data: { ids: ['reed:1'] } }, { id: OWN_ID })).toEqual({ removed: [] });
    expect(watchlistDelete).toHaveBeenCalledOnce();
    expect(rejected).toEqual(['watchlistDelete not allowed from this sender']);
  });

  it('checks a reply against the protocol before it leaves, so a malformed one never reaches a page', async () => {
    const { listener } = router({ analyzeTab: (() => ({ state: 'ok', posting: 'not a posting' })) as never, getProfile: () => ({ held: [] }) as never });
    expect(await listener({ type: 'analyzeTab', data: { tabId: 3 } }, own)).toEqual({ error: 'The background gave an unexpected reply to analyzeTab' });
    // What leaves is the checked reply, defaults filled in.
    expect(await listener({ type: 'getProfile', data: {} }, own)).toEqual(toProfile({}));
  });

  it('leaves messages it has no handler for to other listeners', () => {
    const { listener } = router({});
    expect(listener({ type: 'analyzeTab', data: { tabId: 3 } }, own)).toBeUndefined();
  });
});

describe('typed sender', () => {
  it('returns a reply that fits the response schema', async () => {
    const send = createSender(async () => ({ state: 'restricted', reason: 'browser page' }));
    await expect(send('analyzeTab', { tabId: 1 })).resolves.toEqual({ state: 'restricted', reason: 'browser page' });
  });

  it('rejects an error reply and a reply of the wrong shape', async () => {
    await expect(createSender(async () => ({ error: 'no receiver' }))('analyzeTab', { tabId: 1 })).rejects.toThrow('no receiver');
    await expect(createSender(async () => ({ state: 'ok' }))('analyzeTab', { tabId: 1 })).rejects.toBeInstanceOf(MessageError);
  });

  it('works end to end through the router', async () => {
    const { listener } = router({ getProfile: () => toProfile({ held: ['prince2-foundation'], targetLevel: 'manager' }) });
    const send = createSender(async (m) => listener(m, own));
    await expect(send('getProfile', {})).resolves.toEqual(toProfile({ held: ['prince2-foundation'], targetLevel: 'manager' }));
  });
});

describe('sender of the pages that take the checked reply as it comes (the popup)', () => {
  it('returns the reply, and turns an error reply or no reply into a MessageError', async () => {
    const { listener } = router({ analyzeTab: () => ({ state: 'restricted', reason: 'browser page' }) });
    const send = createReplySender(async (m) => listener(m, own));
    await expect(send('analyzeTab', { tabId: 1 })).resolves.toEqual({ state: 'restricted', reason: 'browser page' });
    await expect(send('analyzeTab', { tabId: -1 })).rejects.toThrow('Invalid analyzeTab request');
    await expect(createReplySender(async () => undefined)('analyzeTab', { tabId: 1 })).rejects.toBeInstanceOf(MessageError);
  });
});
