/** The map's zoom transform as plain numbers, and the conversions between viewBox and screen. */

/** Scale k, then translation (x, y), in viewBox units. */
export interface MapTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: MapTransform = Object.freeze({ k: 1, x: 0, y: 0 });

export const MAX_ZOOM = 12;

export function applyTransform(t: MapTransform, [px, py]: readonly [number, number]): [number, number] {
  return [px * t.k + t.x, py * t.k + t.y];
}

/**
 * Where a viewBox point is on screen at a zoom transform: pixels from the map's top-left corner,
 * given the viewBox's origin and the screen pixels per viewBox unit at zoom 1.
 */
export function toScreenPoint(
  t: MapTransform,
  point: readonly [number, number],
  [originX, originY]: readonly [number, number],
  pixelsPerUnit: number,
): [number, number] {
  const [x, y] = applyTransform(t, point);
  return [(x - originX) * pixelsPerUnit, (y - originY) * pixelsPerUnit];
}

/** The inverse: a screen point (pixels from the map's corner) in the zoomed group's viewBox units. */
export function fromScreenPoint(
  t: MapTransform,
  [sx, sy]: readonly [number, number],
  [originX, originY]: readonly [number, number],
  pixelsPerUnit: number,
): [number, number] {
  return [(sx / pixelsPerUnit + originX - t.x) / t.k, (sy / pixelsPerUnit + originY - t.y) / t.k];
}

export function transformAttribute(t: MapTransform): string {
  return `translate(${t.x},${t.y}) scale(${t.k})`;
}
