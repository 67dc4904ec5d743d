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

export interface PlacedMarker extends MarkerPoint {
  /** Where the place really is (screen px); the marker may have been pushed away from it. */
  anchorX: number;
  anchorY: number;
  /** Radius of its hit area (screen px): at most HIT_RADIUS_PX, and never reaching a neighbour's. */
  hitRadius: number;
}

/** Hit areas are 24 px across where there is room (WCAG 2.2 target size). */
export const HIT_RADIUS_PX = 12;
const RELAXATION_STEPS = 80;

/**
 * Pushes markers apart until no two are closer than `minGap` screen pixels, so that every one is
 * visible and can be hit (the Caribbean and Pacific allies sit a few pixels apart on a world map).
 * Each marker keeps its anchor, for a leader line. Deterministic: the same input gives the same
 * layout, in the order given.
 */
export function spreadMarkers(points: readonly MarkerPoint[], minGap: number): PlacedMarker[] {
  const placed = points.map((p) => ({ id: p.id, x: p.x, y: p.y, anchorX: p.x, anchorY: p.y, hitRadius: HIT_RADIUS_PX }));
  // Squared distances until a pair is too close: this runs before the first map is drawn, and
  // Math.hypot in the 80 × n² loop was most of its cost.
  const minGapSquared = minGap * minGap;
  for (let step = 0; step < RELAXATION_STEPS; step += 1) {
    let moved = false;
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1) {
        const a = placed[i] as PlacedMarker;
        const b = placed[j] as PlacedMarker;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const squared = dx * dx + dy * dy;
        if (squared >= minGapSquared) continue;
        let distance = Math.sqrt(squared);
        if (distance < 1e-6) {
          // Same spot: separate along a fixed direction that depends on the pair, not on chance.
          const angle = ((i * 7 + j * 13) % 12) * (Math.PI / 6);
          [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (minGap - distance) / 2;
        const ux = dx / distance;
        const uy = dy / distance;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const marker of placed) {
    let nearestSquared = Infinity;
    for (const other of placed) {
      if (other === marker) continue;
      const dx = other.x - marker.x;
      const dy = other.y - marker.y;
      nearestSquared = Math.min(nearestSquared, dx * dx + dy * dy);
    }
    marker.hitRadius = Math.min(HIT_RADIUS_PX, Math.sqrt(nearestSquared) / 2);
  }
  return placed;
}
