/**
 * The projection and the frame of the map. The map is drawn once into a fixed coordinate
 * space (the SVG viewBox) and the SVG scales to its container, so resizing never recomputes
 * a path, and the box's aspect ratio is known before any data arrives (no layout shift).
 *
 * Build time only: scripts/build-topology.ts projects the shapes with this frame and writes
 * its viewBox to frame.generated.ts, so the app draws planar coordinates and ships none of
 * d3-geo's projection math. The app must not import this file (only scripts and tests do).
 */
import { geoEqualEarth, type GeoProjection } from 'd3-geo';

/** Width of the viewBox. Only the ratio to the rendered width matters; 960 keeps path numbers short. */
export const MAP_WIDTH = 960;

/**
 * Rotating 11° west puts the antimeridian cut in the Bering Sea, so Chukotka, Fiji and the
 * Pacific allies near 180° (Tuvalu, Marshall Islands) stay whole and on one side.
 */
const ROTATION: [number, number] = [-11, 0];

/** The map shows latitudes from southern Patagonia to northern Greenland; Antarctica is cut off. */
const NORTH_EDGE = 84;
const SOUTH_EDGE = -57;

/** What createMapFrame() is, in words; copied into frame.generated.ts. */
export const MAP_PROJECTION = `Equal Earth, rotated ${-ROTATION[0]}° west, fitted to ${MAP_WIDTH} px`;

export interface MapFrame {
  projection: GeoProjection;
  /** The viewBox: x, y, width, height. */
  viewBox: readonly [number, number, number, number];
}

/** Equal Earth (equal-area), fitted to the width; the height follows from the frame's latitudes. */
export function createMapFrame(width: number = MAP_WIDTH): MapFrame {
  const projection = geoEqualEarth().rotate(ROTATION).fitWidth(width, { type: 'Sphere' });
  const top = projection([-ROTATION[0], NORTH_EDGE])?.[1] ?? 0;
  const bottom = projection([-ROTATION[0], SOUTH_EDGE])?.[1] ?? width / 2;
  return { projection, viewBox: [0, round(top), width, round(bottom - top)] };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
