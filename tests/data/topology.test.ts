/**
 * Checks the generated data/world.topo.json (scripts/build-topology.ts) against what the map
 * needs: small enough to download, every ISO country and territory, microstate allies included.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  TOPOLOGY_OBJECT,
  countryFeatures,
  topologyIds,
  type WorldTopology,
} from '../../src/data/topology.ts';

// vitest runs from the project root; import.meta.url is not a file: URL under jsdom.
const topologyPath = resolve(process.cwd(), 'data/world.topo.json');
const datasetPath = resolve(process.cwd(), 'data/dataset.json');
const text = readFileSync(topologyPath, 'utf8');
const topology = JSON.parse(text) as WorldTopology;

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

  it('countryFeatures(world.topo.json) gives one feature per geometry, none inside out', () => {
    const features = countryFeatures(topology).features;
    expect(features).toHaveLength(topology.objects[TOPOLOGY_OBJECT].geometries.length);
    // A ring wound the wrong way covers (almost) the whole sphere and d3 paints the globe with it.
    const insideOut = features.filter((f) => geoArea(f) > 2 * Math.PI).map((f) => f.id);
    expect(insideOut).toEqual([]);
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
