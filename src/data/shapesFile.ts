/**
 * The map's shapes as the page downloads them (data/world.shapes.json, written from the topology by
 * scripts/build-topology.ts): per shape, its SVG path and the measures the map places markers
 * with, worked out at build time. Turning the topology into paths and measures took a slow phone
 * about a tenth of a second before the map could be drawn; reading this file takes a JSON parse.
 * Pure: no React, no DOM.
 */

export interface ShapeRecord {
  /** ISO 3166-1 alpha-3, or a neutral `_name` for land without an ISO code. */
  id: string;
  /** ISO alpha-2, for display names; absent for land without an ISO code. */
  a2?: string;
  /** SVG path in viewBox units. */
  d: string;
  /** Area in viewBox units². */
  area: number;
  /** Width and height of the bounding box in viewBox units. */
  extent: readonly [number, number];
  /** Where a marker goes: the centroid of the largest polygon (islands spread across an ocean). */
  anchor: readonly [number, number];
}

/** A path of absolute and relative moves, lines and closes, which is all a map of polygons has. */
const PATH_TEXT = /^M[-+0-9.eE ,MmLlZz]*$/;
const SHAPE_ID = /^([A-Z]{3}|_[a-z_]+)$/;
const ALPHA2 = /^[A-Z]{2}$/;

const isPair = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));

function asRecord(raw: unknown): ShapeRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, a2, d, area, extent, anchor } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || !SHAPE_ID.test(id)) return null;
  if (a2 !== undefined && (typeof a2 !== 'string' || !ALPHA2.test(a2))) return null;
  if (typeof d !== 'string' || !PATH_TEXT.test(d)) return null;
  if (typeof area !== 'number' || !Number.isFinite(area) || area < 0) return null;
  if (!isPair(extent) || !isPair(anchor)) return null;
  return { id, ...(a2 === undefined ? {} : { a2 }), d, area, extent, anchor };
}

/**
 * The shapes of a file we can draw from, or null for anything else (a truncated body, an HTML
 * error page, a record without its path or measures, an id given twice).
 */
export function parseShapesFile(text: string): ShapeRecord[] | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const shapes = (raw as { shapes?: unknown } | null)?.shapes;
  if (!Array.isArray(shapes) || shapes.length === 0) return null;
  const records: ShapeRecord[] = [];
  const seen = new Set<string>();
  for (const item of shapes) {
    const record = asRecord(item);
    if (!record || seen.has(record.id)) return null;
    seen.add(record.id);
    records.push(record);
  }
  return records;
}
