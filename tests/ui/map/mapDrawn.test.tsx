import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAP_DRAWN_MARK, markMapDrawn, useMapDrawn } from '../../../src/ui/map/mapDrawn.ts';

beforeEach(() => performance.clearMarks(MAP_DRAWN_MARK));

describe('mapDrawn', () => {
  it('useMapDrawn() is false until markMapDrawn(), then true, and re-renders its component', () => {
    const { result } = renderHook(() => useMapDrawn());
    expect(result.current).toBe(false);
    act(() => markMapDrawn());
    expect(result.current).toBe(true);
  });

  it('markMapDrawn() leaves one mark however often it is called (the benchmark reads the first)', () => {
    markMapDrawn();
    markMapDrawn();
    expect(performance.getEntriesByName(MAP_DRAWN_MARK)).toHaveLength(1);
  });

  it('a component mounted after the map is drawn sees true at once', () => {
    markMapDrawn();
    expect(renderHook(() => useMapDrawn()).result.current).toBe(true);
  });
});
