/**
 * The transform that shows a box of the map (a crowded region) filling most of it: used by the zoom
 * controls only, so it ships with them, not with the first view.
 */
import { MAX_ZOOM, type MapTransform } from './transform.ts';

export function boxTransform(
  [x0, y0, x1, y1]: readonly [number, number, number, number],
  [vx, vy, vw, vh]: readonly [number, number, number, number],
): MapTransform {
  // Leave a margin around the box, and never zoom past the limit for a microstate.
  const k = Math.max(1, Math.min(MAX_ZOOM, 0.6 / Math.max((x1 - x0) / vw, (y1 - y0) / vh)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: vx + vw / 2 - cx * k, y: vy + vh / 2 - cy * k };
}
