/**
 * The world topology (data/world.topo.json, written by scripts/build-topology.ts) as the app
 * and the scripts see it. Pure: no React, no DOM, so tests and Node scripts can import it.
 *
 * Shapes are keyed by ISO 3166-1 alpha-3 (`id`), the same codes the dataset uses for actors.
 * A few pieces of land have no ISO code (Kosovo, Northern Cyprus, Somaliland); they carry ids
 * starting with "_" so the map can paint them neutral instead of leaving holes.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

/** Name of the one object in the topology. */
export const TOPOLOGY_OBJECT = 'countries';

/** Only the alpha-2 code is stored: display names come from Intl.DisplayNames, which keeps the file small. */
export interface CountryProperties {
  a2: string;
}

/** Neutral shapes have no properties, hence the Partial. */
export type WorldTopology = Topology<{ countries: GeometryCollection<Partial<CountryProperties>> }>;

/** An ISO alpha-3 id, as opposed to a neutral "_name" id. */
const ISO_ALPHA3 = /^[A-Z]{3}$/;

export function isIsoId(id: unknown): id is string {
  return typeof id === 'string' && ISO_ALPHA3.test(id);
}

/** The ISO alpha-3 ids that have a shape; the data checks use it to find actors the map cannot draw. */
export function topologyIds(topology: WorldTopology): Set<string> {
  const ids = new Set<string>();
  for (const geometry of topology.objects[TOPOLOGY_OBJECT].geometries) {
    if (isIsoId(geometry.id)) ids.add(geometry.id);
  }
  return ids;
}

/**
 * All shapes as GeoJSON, for d3-geo. Each feature keeps its `id` (alpha-3 or "_name").
 * Decoding is not cheap, so call it once per topology and keep the result.
 */
export function countryFeatures(
  topology: WorldTopology,
): FeatureCollection<Geometry, Partial<CountryProperties>> {
  return feature(topology, topology.objects[TOPOLOGY_OBJECT]);
}

/** A topology we can draw from, or null for anything else (a truncated body, an HTML error page). */
export function parseTopology(text: string): WorldTopology | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const candidate = raw as { type?: unknown; arcs?: unknown; objects?: { countries?: { geometries?: unknown } } };
  if (candidate.type !== 'Topology' || !Array.isArray(candidate.arcs)) return null;
  if (!Array.isArray(candidate.objects?.countries?.geometries)) return null;
  return raw as WorldTopology;
}
