import { describe, expect, it } from 'vitest';
import { askEarly, heldAnswerKey, type EarlyIo } from './popup-early';

function io(search: string, over: Partial<EarlyIo> = {}) {
  const sent: unknown[] = [];
  let t = 10;
  const base: EarlyIo = {
    search,
    activeTabId: async () => 7,
    send: async (m) => {
      sent.push(m);
      return { state: 'no-advert', reason: 'none' };
    },
    now: () => (t += 5),
    ...over,
  };
  return { io: base, sent };
}

describe('askEarly', () => {
  it('asks for the held answer first, then a fresh read, for the tab named in the address', async () => {
    const { io: x, sent } = io('?tabId=42');
    const opening = askEarly(x)!;
    expect(await opening.tabId).toBe(42);
    const held = (await opening.held)!;
    const fresh = (await opening.fresh)!;
    expect(sent).toEqual([
      { type: 'latestAnswer', data: { tabId: 42 } },
      { type: 'analyzeTab', data: { tabId: 42 } },
    ]);
    expect(held.tabId).toBe(42);
    expect(await held.reply).toEqual({ state: 'no-advert', reason: 'none' });
    await fresh.reply;
    expect(held.replied).toBeGreaterThan(held.asked);
    expect(fresh.asked).toBeGreaterThan(held.asked);
  });

  it('sends both questions before it returns when the address names the tab, ahead of the popup rendering', () => {
    const { io: x, sent } = io('?tabId=42');
    askEarly(x);
    expect(sent).toEqual([
      { type: 'latestAnswer', data: { tabId: 42 } },
      { type: 'analyzeTab', data: { tabId: 42 } },
    ]);
  });

  it('asks about the active tab when the address names none', async () => {
    const { io: x, sent } = io('');
    const opening = askEarly(x)!;
    expect(await opening.tabId).toBe(7);
    await opening.fresh;
    expect(sent.map((m) => (m as { data: { tabId: number } }).data.tabId)).toEqual([7, 7]);
  });

  it('asks nothing without a tab, and nothing at all for the welcome page sample', async () => {
    const none = io('', { activeTabId: async () => null });
    const opening = askEarly(none.io)!;
    expect(await opening.held).toBeNull();
    expect(await opening.fresh).toBeNull();
    expect(none.sent).toEqual([]);
    const sample = io('?sample=1');
    expect(askEarly(sample.io)).toBeNull();
    expect(sample.sent).toEqual([]);
  });

  it('keeps a failed question for the popup to report, and still marks when it came back', async () => {
    const { io: x } = io('?tabId=3', { send: () => Promise.reject(new Error('no background')) });
    const held = (await askEarly(x)!.held)!;
    await expect(held.reply).rejects.toThrow('no background');
    expect(held.replied).toBeDefined();
  });

  it('passes on a failure to find the tab', async () => {
    const { io: x, sent } = io('', { activeTabId: () => Promise.reject(new Error('no tabs')) });
    const opening = askEarly(x)!;
    await expect(opening.tabId).rejects.toThrow('no tabs');
    await expect(opening.held).rejects.toThrow('no tabs');
    expect(sent).toEqual([]);
  });
  describe('with the session store', () => {
    const stored = { state: 'ok', posting: { title: 'PMO Analyst' }, analysis: { isPmoRole: true } };

    it('reads the held answer from the store and sends only the fresh read', async () => {
      const reads: string[] = [];
      const { io: x, sent } = io('?tabId=42', { readSession: async (key) => (reads.push(key), { ...stored }) });
      const opening = askEarly(x)!;
      const held = (await opening.held)!;
      expect(await held.reply).toEqual(stored);
      await (await opening.fresh)!.reply;
      expect(reads).toEqual([heldAnswerKey(42)]);
      expect(sent).toEqual([{ type: 'analyzeTab', data: { tabId: 42 } }]);
    });

    it('asks the background when nothing usable is stored, or the store cannot be read', async () => {
      for (const readSession of [async () => undefined, async () => ({ state: 'ok', posting: 'not a posting' }), async () => ({ state: 'no-advert', reason: 'x' }), () => Promise.reject(new Error('no store'))]) {
        const { io: x, sent } = io('?tabId=5', { readSession });
        const held = (await askEarly(x)!.held)!;
        expect(await held.reply).toEqual({ state: 'no-advert', reason: 'none' });
        expect(sent).toContainEqual({ type: 'latestAnswer', data: { tabId: 5 } });
      }
    });
  });
});
