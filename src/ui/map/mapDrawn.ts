/**
 * The moment the first map is in the DOM: the benchmark's mark, and the signal for the page's
 * other controls, whose code must not share the network with the map's own files.
 */
import { useSyncExternalStore } from 'react';

export const MAP_DRAWN_MARK = 'map-drawn';

const listeners = new Set<() => void>();

function isMapDrawn(): boolean {
  return typeof performance !== 'undefined' && performance.getEntriesByName(MAP_DRAWN_MARK).length > 0;
}

/** Called by MapView once shapes and colours are drawn; later calls change nothing. */
export function markMapDrawn(): void {
  if (isMapDrawn() || typeof performance === 'undefined') return;
  performance.mark(MAP_DRAWN_MARK);
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Whether the page's first map has been drawn (true for good once it has). */
export function useMapDrawn(): boolean {
  return useSyncExternalStore(subscribe, isMapDrawn, () => false);
}
