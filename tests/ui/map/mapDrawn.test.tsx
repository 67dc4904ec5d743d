import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAP_DRAWN_MARK, markMapDrawn, useMapDrawn } from '../../../src/ui/map/mapDrawn.ts';

beforeEach(() => performance.clearMarks(MAP_DRAWN_MARK));

/** Until the frame being prepared is out, as the page waits for it. */
const framePainted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('mapDrawn', () => {
  it('markMapDrawn() sets the mark at once; useMapDrawn() turns true once the frame with the map is out, and re-renders its component', async () => {
    const { result } = renderHook(() => useMapDrawn());
    expect(result.current).toBe(false);
    act(() => markMapDrawn());
    expect(performance.getEntriesByName(MAP_DRAWN_MARK)).toHaveLength(1);
    // Not in the map's own task: what waits for the map must not delay its first paint.
    expect(result.current).toBe(false);
    await act(framePainted);
    expect(result.current).toBe(true);
  });

  it('markMapDrawn() leaves one mark however often it is called (the benchmark reads the first)', () => {
    markMapDrawn();
    markMapDrawn();
    expect(performance.getEntriesByName(MAP_DRAWN_MARK)).toHaveLength(1);
  });

  it('a component mounted after the map is shown sees true at once', async () => {
    markMapDrawn();
    await framePainted();
    expect(renderHook(() => useMapDrawn()).result.current).toBe(true);
  });

  it('a renewed mark waits for its own frame', async () => {
    markMapDrawn();
    await framePainted();
    performance.clearMarks(MAP_DRAWN_MARK);
    markMapDrawn();
    expect(renderHook(() => useMapDrawn()).result.current).toBe(false);
  });
});
