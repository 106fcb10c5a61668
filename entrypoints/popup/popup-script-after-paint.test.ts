// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOAD_AFTER_PAINT_ATTRIBUTE } from '../../lib/popup-page/marker';
import { loadPopupScriptAfterPaint } from './popup-script-after-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function firstScript(loads: string | null): HTMLScriptElement {
  const script = document.createElement('script');
  if (loads !== null) script.setAttribute(LOAD_AFTER_PAINT_ATTRIBUTE, loads);
  return script;
}

const loaded = () => [...document.body.querySelectorAll('script')].map((s) => s.getAttribute('src'));

describe('loadPopupScriptAfterPaint', () => {
  it("loads the popup's script after the answer's first frame, not before", () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => ((frame = cb), 1));
    expect(loadPopupScriptAfterPaint(firstScript('/popup-app.js'))).toBe(true);
    expect(loaded()).toEqual([]);
    frame!();
    vi.advanceTimersByTime(0);
    expect(loaded()).toEqual(['/popup-app.js']);
    vi.advanceTimersByTime(100);
    expect(loaded()).toEqual(['/popup-app.js']);
  });

  it("runs the confirming work after the frame, just before the popup's script is added", () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => ((frame = cb), 1));
    const seen: string[][] = [];
    expect(loadPopupScriptAfterPaint(firstScript('/popup-app.js'), document, () => seen.push(loaded() as string[]))).toBe(true);
    expect(seen).toEqual([]);
    frame!();
    vi.advanceTimersByTime(0);
    expect(seen).toEqual([[]]);
    expect(loaded()).toEqual(['/popup-app.js']);
  });

  it('loads nothing from a packaged page, where the popup page names its own script', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    expect(loadPopupScriptAfterPaint(firstScript(null))).toBe(false);
    expect(loadPopupScriptAfterPaint(null)).toBe(false);
    vi.advanceTimersByTime(100);
    expect(loaded()).toEqual([]);
  });

  it('never loads a script other than the popup’s own', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    for (const other of ['https://example.com/x.js', '/read-advert.js', '/popup-app.js?x', '']) {
      expect(loadPopupScriptAfterPaint(firstScript(other))).toBe(false);
    }
    vi.advanceTimersByTime(100);
    expect(loaded()).toEqual([]);
  });
});
