/**
 * Small states get a marker: most of Taiwan's allies (Palau, Marshall Islands, Saint Kitts and
 * Nevis, ...) are smaller than a pixel on a world map, and a visitor must still see and click them.
 */
import type { Shape } from './geometry.ts';

/** A shape narrower or shorter than this on screen is too small to see or to hit. */
export const MIN_EXTENT_PX = 8;
/** A shape with less area than a 10×10 px square is too small to read its colour. */
export const MIN_AREA_PX = 100;
/** How far the pointer may be from a marker and still find it. */
export const NEAREST_RADIUS_PX = 20;

/** True when the shape, drawn at `pixelsPerUnit` screen pixels per viewBox unit, is too small to hit. */
export function needsMarker(shape: Shape, pixelsPerUnit: number): boolean {
  const [w, h] = shape.extent;
  return Math.min(w, h) * pixelsPerUnit < MIN_EXTENT_PX || shape.area * pixelsPerUnit ** 2 < MIN_AREA_PX;
}

export interface MarkerPoint {
  id: string;
  /** Position in screen pixels relative to the map's top-left corner. */
  x: number;
  y: number;
}

/** The nearest marker within `radius` screen pixels of a point, or null. */
export function nearestMarker(markers: readonly MarkerPoint[], x: number, y: number, radius = NEAREST_RADIUS_PX): string | null {
  let best: string | null = null;
  let bestDistance = radius * radius;
  for (const marker of markers) {
    const distance = (marker.x - x) ** 2 + (marker.y - y) ** 2;
    if (distance <= bestDistance) [best, bestDistance] = [marker.id, distance];
  }
  return best;
}
