// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HIT_RADIUS_PX, nearestMarker, needsMarker, spreadMarkers } from '../../src/map/markers.ts';
import type { Shape } from '../../src/map/geometry.ts';

const shape = (w: number, h: number, area = w * h): Shape => ({ id: 'X', d: '', area, extent: [w, h], anchor: [0, 0] });
const distances = (points: { x: number; y: number }[]) =>
  points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));

describe('markers', () => {
  it.each([
    [shape(40, 30), 1, false],
    [shape(40, 30), 0.1, true],
    [shape(6, 40), 1, true],
    [shape(9, 9), 1, true],
    [shape(12, 12), 1, false],
    [shape(0, 0, 0), 12, true],
  ])('needsMarker(%o at %f px/unit) is %s', (s, pixelsPerUnit, expected) => {
    expect(needsMarker(s, pixelsPerUnit)).toBe(expected);
  });

  it('nearestMarker finds the closest within the radius, and nothing beyond it', () => {
    const markers = [
      { id: 'A', x: 0, y: 0 },
      { id: 'B', x: 10, y: 0 },
    ];
    expect(nearestMarker(markers, 7, 0)).toBe('B');
    expect(nearestMarker(markers, 2, 1)).toBe('A');
    expect(nearestMarker(markers, 0, 25)).toBeNull();
  });

  it('spreadMarkers(points 2-5 px apart, gap 14) leaves no two closer than the gap', () => {
    const caribbean = [
      { id: 'KNA', x: 100, y: 100 },
      { id: 'LCA', x: 103, y: 104 },
      { id: 'VCT', x: 102, y: 106 },
      { id: 'ATG', x: 104, y: 98 },
      { id: 'DMA', x: 103, y: 102 },
    ];
    const placed = spreadMarkers(caribbean, 14);
    expect(Math.min(...distances(placed))).toBeGreaterThanOrEqual(14 - 1e-6);
    for (const marker of placed) {
      const original = caribbean.find((p) => p.id === marker.id);
      expect([marker.anchorX, marker.anchorY]).toEqual([original?.x, original?.y]);
      expect(marker.hitRadius).toBeLessThanOrEqual(HIT_RADIUS_PX);
    }
  });

  it('spreadMarkers gives hit areas that never overlap', () => {
    const placed = spreadMarkers(
      [
        { id: 'A', x: 0, y: 0 },
        { id: 'B', x: 0, y: 0 },
        { id: 'C', x: 5, y: 5 },
      ],
      14,
    );
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(a.hitRadius + b.hitRadius).toBeLessThanOrEqual(Math.hypot(a.x - b.x, a.y - b.y) + 1e-6);
  });

  it('spreadMarkers leaves markers that are far apart where they are, with full hit areas', () => {
    const placed = spreadMarkers(
      [
        { id: 'A', x: 0, y: 0 },
        { id: 'B', x: 100, y: 0 },
      ],
      14,
    );
    expect(placed.map((m) => [m.x, m.y, m.hitRadius])).toEqual([
      [0, 0, HIT_RADIUS_PX],
      [100, 0, HIT_RADIUS_PX],
    ]);
  });

  it('spreadMarkers is deterministic', () => {
    const points = [
      { id: 'A', x: 1, y: 1 },
      { id: 'B', x: 1, y: 1 },
      { id: 'C', x: 1, y: 1 },
    ];
    expect(spreadMarkers(points, 14)).toEqual(spreadMarkers(points, 14));
  });
});
