/**
 * The moment the first map is in the DOM (the benchmark's mark), and the moment after, once the
 * frame that shows it is out: the signal for the page's other controls, whose code and rendering
 * must not share the network, nor the map's own frame, with the map.
 */
import { useSyncExternalStore } from 'react';
import { afterNextPaint } from '../../state/urlSync.ts';

export const MAP_DRAWN_MARK = 'map-drawn';

const listeners = new Set<() => void>();

// Read at every render of every control that waits for the map: by name alone, the browser would
// search its whole timeline (resources, events, paints) each time, not just the marks.
function drawnMark(): PerformanceEntry | undefined {
  return typeof performance === 'undefined' ? undefined : performance.getEntriesByName(MAP_DRAWN_MARK, 'mark')[0];
}

/** The mark whose frame has been painted (a cleared and renewed mark waits for its own frame). */
let paintedMark: PerformanceEntry | null = null;

function isMapShown(): boolean {
  const mark = drawnMark();
  return mark !== undefined && mark === paintedMark;
}

/**
 * Called by MapView once shapes and colours are in the DOM; later calls change nothing. The mark
 * is set at once; `useMapDrawn` turns true once the frame with the map is painted, so that what
 * waits for it (controls, their code, the whole dataset) is not drawn in the same task as the map.
 */
export function markMapDrawn(): void {
  if (drawnMark() !== undefined || typeof performance === 'undefined') return;
  performance.mark(MAP_DRAWN_MARK);
  afterNextPaint(window)(() => {
    paintedMark = drawnMark() ?? null;
    for (const listener of [...listeners]) listener();
  }, 'replace');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Whether the page's first map has been drawn and painted (true for good once it has). */
export function useMapDrawn(): boolean {
  return useSyncExternalStore(subscribe, isMapShown, () => false);
}
