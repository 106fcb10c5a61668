// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('afterFirstPaint', () => {
  it('waits for the first frame, however slow, and runs once even where none comes', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const work = vi.fn();
    afterFirstPaint(work);
    vi.advanceTimersByTime(999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs after the first frame, and not again when the timer fires', () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => ((frame = cb), 1));
    const work = vi.fn();
    afterFirstPaint(work, 1000);
    vi.advanceTimersByTime(200);
    expect(work).not.toHaveBeenCalled();
    frame!();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at once in a hidden page, which is given no frames', () => {
    vi.useFakeTimers();
    const frames = vi.fn(() => 0);
    vi.stubGlobal('requestAnimationFrame', frames);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const work = vi.fn();
    afterFirstPaint(work);
    expect(work).toHaveBeenCalledTimes(1);
    expect(frames).not.toHaveBeenCalled();
  });
});
