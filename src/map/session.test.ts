// @vitest-environment happy-dom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession } from './session.ts';

const session = () => createSession({} as MapLibreMap, document.createElement('div'));

describe('the map session', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] }),
  );
  afterEach(() => vi.useRealTimers());

  it('tells its concerns when the data is on the map, and whether for the first time', () => {
    const s = session();
    const seen: boolean[] = [];
    s.onReady((first) => seen.push(first));
    expect(s.ready).toBe(false);
    s.markReady();
    s.markReady();
    expect(s.ready).toBe(true);
    expect(seen).toEqual([true, false]);
  });

  it('acts after the next frame has painted, once per concern, in the order first asked', () => {
    const s = session();
    const calls: string[] = [];
    const a = () => calls.push('a');
    const b = () => calls.push('b');
    s.afterPaint(a);
    s.afterPaint(b);
    s.afterPaint(a);
    expect(calls).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual([]); // painted, not yet run: the task after the frame
    vi.runOnlyPendingTimers();
    expect(calls).toEqual(['a', 'b']);
    s.afterPaint(b);
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('runs nothing once disposed', () => {
    const s = session();
    const fn = vi.fn();
    s.afterPaint(fn);
    s.onReady(fn);
    s.dispose();
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    s.markReady();
    expect(fn).not.toHaveBeenCalled();
  });
});
