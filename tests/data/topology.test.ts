/**
 * Checks the generated data/world.topo.json (scripts/build-topology.ts) against what the map
 * needs: small enough to download, every ISO country and territory, microstate allies included,
 * already projected into the frame of src/map/frame.generated.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoPath } from 'd3-geo';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  TOPOLOGY_OBJECT,
  countryFeatures,
  topologyIds,
  type WorldTopology,
} from '../../src/data/topology.ts';
import { MAP_PROJECTION as GENERATED_PROJECTION, MAP_VIEWBOX } from '../../src/map/frame.generated.ts';
import { MAP_PROJECTION, createMapFrame } from '../../src/map/projection.ts';

// vitest runs from the project root; import.meta.url is not a file: URL under jsdom.
const topologyPath = resolve(process.cwd(), 'data/world.topo.json');
const datasetPath = resolve(process.cwd(), 'data/dataset.json');
const text = readFileSync(topologyPath, 'utf8');
const topology = JSON.parse(text) as WorldTopology;

/**
 * Smaller than a hundredth of a px² at 960 px (under 10 km²), these quantise to a line or a
 * point: the map draws them as markers, anchored at the centre of their bounds.
 */
const ZERO_AREA_MICROSTATES = ['GIB', 'MCO', 'VAT'];

/** Signed area in screen coordinates (y down): positive when the ring runs clockwise on screen. */
function screenArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    sum += x0! * y1! - x1! * y0!;
  }
  return sum / 2;
}

function polygonsOf(geometry: GeoJSON.Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

describe('data/world.topo.json', () => {
  it('gzip -9 of world.topo.json is at most 32 KB', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(32_000);
  });

  it('world.topo.json says it is generated and has the single object "countries"', () => {
    expect((topology as unknown as { generated: string }).generated).toMatch(/npm run build:topology/);
    expect(Object.keys(topology.objects)).toEqual([TOPOLOGY_OBJECT]);
  });

  it('transform of world.topo.json quantises to at least 1e4 steps per axis', () => {
    const [x0, y0, x1, y1] = topology.bbox!;
    const { scale } = topology.transform!;
    // topojson quantize(n) sets scale = extent / (n - 1).
    expect((x1 - x0) / scale[0] + 1).toBeGreaterThanOrEqual(1e4 - 1e-6);
    expect((y1 - y0) / scale[1] + 1).toBeGreaterThanOrEqual(1e4 - 1e-6);
  });

  it('geometry ids of world.topo.json are unique, ISO alpha-3 or "_neutral", with a2 properties', () => {
    const geometries = topology.objects[TOPOLOGY_OBJECT].geometries;
    const ids = geometries.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const geometry of geometries) {
      const id = String(geometry.id);
      if (id.startsWith('_')) {
        expect(id, 'neutral land').toMatch(/^_[a-z_]+$/);
      } else {
        expect(id).toMatch(/^[A-Z]{3}$/);
        expect(geometry.properties).toEqual({ a2: expect.stringMatching(/^[A-Z]{2}$/) });
      }
    }
  });

  it('topologyIds(world.topo.json) has at least 238 ISO alpha-3 ids', () => {
    const ids = topologyIds(topology);
    expect(ids.size).toBeGreaterThanOrEqual(238);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{3}$/);
  });

  it('topologyIds(world.topo.json) includes every microstate ally and small territory', () => {
    const ids = topologyIds(topology);
    const wanted = [
      'PLW', 'MHL', 'KNA', 'VCT', 'SWZ', 'BLZ', 'NRU', 'TUV', 'LCA', 'HTI', 'GUM',
      'TWN', 'SGP', 'MLT', 'BHR', 'HKG', 'VAT', 'SMR', 'MCO', 'LIE', 'AND',
    ];
    expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('src/map/frame.generated.ts matches createMapFrame() of src/map/projection.ts', () => {
    expect(MAP_VIEWBOX).toEqual(createMapFrame().viewBox);
    expect(GENERATED_PROJECTION).toBe(MAP_PROJECTION);
    expect((topology as unknown as { generated: string }).generated).toContain(MAP_PROJECTION);
  });

  it('countryFeatures(world.topo.json) are planar: each within the projected sphere, with area unless a listed microstate', () => {
    const features = countryFeatures(topology).features;
    expect(features).toHaveLength(topology.objects[TOPOLOGY_OBJECT].geometries.length);
    // The whole globe in the frame: [0, 0]..[960, ~467]; the viewBox crops it to 84°N..57°S.
    const [[sx0, sy0], [sx1, sy1]] = geoPath(createMapFrame().projection).bounds({ type: 'Sphere' });
    const path = geoPath();
    const outside: string[] = [];
    const flat: string[] = [];
    for (const feature of features) {
      const [[x0, y0], [x1, y1]] = path.bounds(feature);
      if (!(x0 >= sx0 - 0.5 && y0 >= sy0 - 0.5 && x1 <= sx1 + 0.5 && y1 <= sy1 + 0.5)) outside.push(String(feature.id));
      if (!(path.area(feature) > 0)) flat.push(String(feature.id));
    }
    expect(outside).toEqual([]);
    expect(flat.filter((id) => !ZERO_AREA_MICROSTATES.includes(id))).toEqual([]);
    // Most of the map lies inside the viewBox (a lon/lat file would sit in its top-left corner).
    const [vx, vy, vw, vh] = MAP_VIEWBOX;
    const inView = features.filter((f) => {
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      return x0 >= vx && y0 >= vy && x1 <= vx + vw && y1 <= vy + vh;
    });
    expect(inView.length).toBeGreaterThan(features.length * 0.9);
  });

  it('countryFeatures(world.topo.json): no ring inside out, none crossing the antimeridian cut', () => {
    const wrongWinding: string[] = [];
    const tooWide: string[] = [];
    for (const feature of countryFeatures(topology).features) {
      for (const [exterior, ...holes] of polygonsOf(feature.geometry)) {
        // geoProject winds exteriors clockwise on screen and holes the other way; a hole wound
        // like its exterior would be filled (nonzero rule) and counted as land.
        if (screenArea(exterior!) < 0 || holes.some((hole) => screenArea(hole) > 0)) wrongWinding.push(String(feature.id));
        // A ring that was not cut at the antimeridian streaks across the map. Russia's mainland is
        // the widest real ring (about 310 px); Antarctica, cut along the map's edge, lies below the viewBox.
        const xs = exterior!.map((point) => point[0]!);
        if (feature.id !== 'ATA' && Math.max(...xs) - Math.min(...xs) > 480) tooWide.push(String(feature.id));
      }
    }
    expect(wrongWinding).toEqual([]);
    expect(tooWide).toEqual([]);
  });

  it.skipIf(!existsSync(datasetPath))(
    'topologyIds(world.topo.json) has a shape for every alpha-3 actor of data/dataset.json',
    () => {
      const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as { actors: { id: string }[] };
      const ids = topologyIds(topology);
      const missing = dataset.actors
        .map((actor) => actor.id)
        .filter((id) => /^[A-Z]{3}$/.test(id) && !ids.has(id));
      expect(missing).toEqual([]);
    },
  );
});
