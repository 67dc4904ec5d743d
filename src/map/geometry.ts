/**
 * The map's shapes as the page draws them: a path string, an area, an extent and an anchor per
 * shape, made at build time (data/world.shapes.json, scripts/shapesFile.ts) and read once per page.
 * Filters and zoom never come back here; that is what keeps a filter toggle to a recolour.
 */
import type { ShapeRecord } from '../data/shapesFile.ts';
import { MAP_VIEWBOX } from './frame.generated.ts';

/** One shape: its id (ISO alpha-3 or a neutral `_name`), its path in viewBox units and its measures. */
export type Shape = ShapeRecord;

/** The map's shapes, ready to draw: made once per page, by the loader. */
export interface MapGeometry {
  /** The SVG viewBox the shapes are drawn in: x, y, width, height. */
  viewBox: typeof MAP_VIEWBOX;
  shapes: readonly Shape[];
  shapesById: ReadonlyMap<string, Shape>;
}

export function mapGeometry(shapes: readonly Shape[]): MapGeometry {
  return { viewBox: MAP_VIEWBOX, shapes, shapesById: new Map(shapes.map((s) => [s.id, s])) };
}
