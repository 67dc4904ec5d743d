/**
 * data/world.shapes.json from the topology: each shape's path, area, extent and anchor, as the
 * page would otherwise work them out in the browser (src/map/shapesOfTopology.ts, computeShapes), so
 * that the page only parses them. Paths are written with relative moves, which makes the file
 * about as small as the topology (its arcs are shared between neighbours, the paths' are not).
 */
import { countryFeatures, type WorldTopology } from '../src/data/topology.ts';
import type { ShapeRecord } from '../src/data/shapesFile.ts';
import { computeShapes } from '../src/map/shapesOfTopology.ts';

/** Tenths of a unit, the precision of the paths (computeShapes' `digits(1)`). */
const STEPS = 10;

/** A number in tenths as the shortest text: 5 → ".5", -15 → "-1.5", 20 → "2". */
function tenths(steps: number): string {
  const text = String(steps / STEPS);
  return text.replace(/^(-?)0\./, '$1.');
}

/**
 * The same path with relative lines: "M10,20L10.5,20Z" → "M1 2l.5 0z". Each step is worked
 * out from positions rounded to tenths, so no error adds up along a ring: the points drawn are
 * exactly the absolute path's. Only M, L and Z occur in a map of polygons (geoPath of planar
 * polygons); anything else is refused.
 */
export function relativePath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let previous = '';
  for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      previous = 'z';
      continue;
    }
    if (command !== 'M' && command !== 'L') throw new Error(`relativePath: unexpected command ${command} in ${d.slice(0, 40)}…`);
    const [nx, ny] = (args ?? '').split(',').map((n) => Math.round(Number(n) * STEPS));
    if (nx === undefined || ny === undefined || !Number.isFinite(nx) || !Number.isFinite(ny))
      throw new Error(`relativePath: bad point "${args}" in ${d.slice(0, 40)}…`);
    if (command === 'M') {
      out += `M${tenths(nx)} ${tenths(ny)}`;
      previous = 'M';
    } else {
      const dx = tenths(nx - x);
      const dy = tenths(ny - y);
      // After an "l", further pairs need no letter; a minus sign separates numbers by itself.
      out += `${previous === 'l' ? (dx.startsWith('-') ? '' : ' ') : 'l'}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
      previous = 'l';
    }
    x = nx;
    y = ny;
  }
  return out;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The file's text: one record per shape, in the topology's order, deterministic. */
export function shapesFileText(topology: WorldTopology, generated: string): string {
  const shapes: ShapeRecord[] = computeShapes(countryFeatures(topology).features).map((shape) => ({
    id: shape.id,
    ...(shape.a2 ? { a2: shape.a2 } : {}),
    d: relativePath(shape.d),
    area: round(shape.area, 3),
    extent: [round(shape.extent[0], 3), round(shape.extent[1], 3)],
    anchor: shape.anchor,
  }));
  return `{"generated":${JSON.stringify(generated)},"shapes":[\n${shapes.map((shape) => JSON.stringify(shape)).join(',\n')}\n]}\n`;
}
