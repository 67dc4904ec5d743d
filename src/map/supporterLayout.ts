/**
 * Where an edition's supporters are on the map: their shapes in keyboard order and the markers of
 * those too small to see, laid out in screen pixels so that they never overlap at any zoom. Every
 * supporter of the edition has its place whatever the filters, so a filter change never moves a
 * marker: it only shows or hides some.
 */
import type { Shape } from './geometry.ts';
import { focusOrder } from './focusOrder.ts';
import { needsMarker, spreadMarkers, type PlacedMarker } from './markers.ts';
import { fromScreenPoint, toScreenPoint, type MapTransform } from './transform.ts';

/** Closest two marker centres may be, in screen pixels: a 10-px dot and a gap you can see. */
export const MARKER_GAP_PX = 14;

/** The shapes of the given actors that the map has, west to east (the map's keyboard order). */
export function supporterShapes(ids: Iterable<string>, shapesById: ReadonlyMap<string, Shape>): Shape[] {
  const shapes = new Map<string, Shape>();
  for (const id of ids) {
    const shape = shapesById.get(id);
    if (shape) shapes.set(id, shape);
  }
  return focusOrder([...shapes.values()]).map((id) => shapes.get(id) as Shape);
}

export interface MarkerFrame {
  transform: MapTransform;
  /** Screen pixels per viewBox unit at zoom 1. */
  pixelsPerUnit: number;
  /** The viewBox's top-left corner. */
  origin: readonly [number, number];
}

/** The markers of the shapes too small to see at this zoom, spread apart, in screen pixels. */
export function placeMarkers(shapes: readonly Shape[], frame: MarkerFrame): PlacedMarker[] {
  const { transform, pixelsPerUnit, origin } = frame;
  const small = shapes.filter((shape) => needsMarker(shape, pixelsPerUnit * transform.k));
  return spreadMarkers(
    small.map((shape) => {
      const [x, y] = toScreenPoint(transform, shape.anchor, origin, pixelsPerUnit);
      return { id: shape.id, x, y };
    }),
    MARKER_GAP_PX,
  );
}

export interface MarkerLayout {
  /** Where the marker is drawn, in viewBox units of the zoomed group (may be pushed away from the anchor). */
  at: readonly [number, number];
  hitRadiusPx: number;
}

/** The placed markers in the zoomed group's units, by id: markers are drawn inside the zoomed group. */
export function markerLayout(placed: readonly PlacedMarker[], frame: MarkerFrame): Map<string, MarkerLayout> {
  const layout = new Map<string, MarkerLayout>();
  for (const marker of placed) {
    layout.set(marker.id, {
      at: fromScreenPoint(frame.transform, [marker.x, marker.y], frame.origin, frame.pixelsPerUnit),
      hitRadiusPx: marker.hitRadius,
    });
  }
  return layout;
}
