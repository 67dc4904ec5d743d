/**
 * The map's shapes worked out from the topology: what scripts/shapesFile.ts writes into
 * data/world.shapes.json, and what the tests hold that file equal to. The page never imports
 * this (it reads the file): d3-geo and the topology's decoding stay out of its download.
 *
 * The topology is already projected into the map's frame (scripts/build-topology.ts), so the
 * path has no projection.
 */
import { geoPath, type GeoPath } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { countryFeatures, type WorldTopology } from '../data/topology.ts';
import { mapGeometry, type MapGeometry, type Shape } from './geometry.ts';

/** `features` are in viewBox coordinates (data/world.topo.json is pre-projected). */
export function computeShapes(features: readonly Feature<Geometry | null, { a2?: string }>[]): Shape[] {
  // One decimal in viewBox units is a tenth of a pixel at 960 px: invisible, and 27% less text.
  const path = geoPath().digits(1);
  const shapes: Shape[] = [];
  for (const feature of features) {
    const geometry = feature.geometry;
    if (!geometry || typeof feature.id !== 'string') continue;
    const d = path(feature);
    if (!d) continue;
    const a2 = feature.properties?.a2;
    shapes.push({ id: feature.id, ...(a2 ? { a2 } : {}), d, ...measure(geometry, path) });
  }
  return shapes;
}

type Measures = Pick<Shape, 'area' | 'extent' | 'anchor'>;

function measure(geometry: Geometry, path: GeoPath): Measures {
  const [[x0, y0], [x1, y1]] = path.bounds(geometry);
  return { area: path.area(geometry), extent: [x1 - x0, y1 - y0], anchor: anchorOf(geometry, path) };
}

function anchorOf(geometry: Geometry, path: GeoPath): [number, number] {
  const polygons: Polygon[] =
    geometry.type === 'MultiPolygon'
      ? (geometry as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
      : [geometry as Polygon];
  let best = polygons[0] as Polygon;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = path.area(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  let [x, y] = path.centroid(best);
  // Microstates such as the Vatican quantise to zero area, and a zero-area ring has no planar
  // centroid: the centre of its bounds is as good a place for a marker.
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    const [[x0, y0], [x1, y1]] = path.bounds(best);
    [x, y] = [(x0 + x1) / 2, (y0 + y1) / 2];
  }
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** The geometry of a topology, at once. */
export function computeMapGeometry(topology: WorldTopology): MapGeometry {
  return mapGeometry(computeShapes(countryFeatures(topology).features));
}
