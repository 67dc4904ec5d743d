import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativePath } from '../../scripts/shapesFile.ts';
import { parseShapesFile } from '../../src/data/shapesFile.ts';
import { parseTopology } from '../../src/data/topology.ts';
import { computeMapGeometry } from '../../src/map/shapesOfTopology.ts';

const shapesText = readFileSync(resolve(process.cwd(), 'data/world.shapes.json'), 'utf8');
const topology = parseTopology(readFileSync(resolve(process.cwd(), 'data/world.topo.json'), 'utf8'));

/** Every ring's points in tenths of a unit, whatever mix of absolute and relative commands draws them. */
function rings(d: string): number[][][] {
  const out: number[][][] = [];
  let ring: number[][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'Z' || command === 'z') {
      out.push(ring);
      ring = [];
      continue;
    }
    const numbers = (args ?? '').match(/-?(\d+\.?\d*|\.\d+)/g)?.map((n) => Math.round(Number(n) * 10)) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [a, b] = [numbers[i] as number, numbers[i + 1] as number];
      const relative = command === 'l' || (command === 'm' && i > 0);
      [x, y] = relative ? [x + a, y + b] : [a, b];
      ring.push([x, y]);
    }
  }
  if (ring.length) out.push(ring);
  return out;
}

describe('data/world.shapes.json', () => {
  const shapes = parseShapesFile(shapesText);
  const fromTopology = topology ? computeMapGeometry(topology) : null;

  it('holds every shape of the topology, in its order, each drawn through exactly the same points', () => {
    expect(shapes).not.toBeNull();
    expect(fromTopology).not.toBeNull();
    expect(shapes?.map((shape) => shape.id)).toEqual(fromTopology?.shapes.map((shape) => shape.id));
    for (const shape of shapes ?? []) {
      const computed = fromTopology?.shapesById.get(shape.id);
      expect(rings(shape.d), shape.id).toEqual(rings(computed?.d ?? ''));
      expect(shape.a2).toBe(computed?.a2);
    }
  });

  it('carries the measures the browser would work out (area and extent to a thousandth, the anchor exactly)', () => {
    for (const shape of shapes ?? []) {
      const computed = fromTopology?.shapesById.get(shape.id);
      expect(Math.abs(shape.area - (computed?.area ?? NaN)), shape.id).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(shape.extent[0] - (computed?.extent[0] ?? NaN)), shape.id).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(shape.extent[1] - (computed?.extent[1] ?? NaN)), shape.id).toBeLessThanOrEqual(0.0005);
      expect(shape.anchor).toEqual(computed?.anchor);
    }
  });
});

describe('parseShapesFile refuses what it cannot draw', () => {
  const good = JSON.parse(shapesText) as { shapes: Record<string, unknown>[] };
  const edited = (edit: (shapes: Record<string, unknown>[]) => void) => {
    const copy = structuredClone(good);
    edit(copy.shapes);
    return JSON.stringify(copy);
  };

  it.each([
    ['a truncated body', shapesText.slice(0, shapesText.length / 2)],
    ['an HTML error page', '<!doctype html><title>502</title>'],
    ['no shapes', '{"shapes":[]}'],
    ['a topology', readFileSync(resolve(process.cwd(), 'data/world.topo.json'), 'utf8')],
    ['a shape without its path', edited((shapes) => delete shapes[0]?.d)],
    ['markup for a path', edited((shapes) => ((shapes[0] as Record<string, unknown>).d = '<script>alert(1)</script>'))],
    ['a curve (the file has none)', edited((shapes) => ((shapes[0] as Record<string, unknown>).d = 'M1 1C2 2 3 3 4 4z'))],
    ['an area that is not a number', edited((shapes) => ((shapes[0] as Record<string, unknown>).area = '12'))],
    ['an anchor of one number', edited((shapes) => ((shapes[0] as Record<string, unknown>).anchor = [1]))],
    ['an id given twice', edited((shapes) => ((shapes[1] as Record<string, unknown>).id = shapes[0]?.id))],
    ['a lower-case id', edited((shapes) => ((shapes[0] as Record<string, unknown>).id = 'usa'))],
  ])('%s', (_, text) => {
    expect(parseShapesFile(text)).toBeNull();
  });

  it('and keeps what it can (the good file, as parsed)', () => {
    expect(parseShapesFile(shapesText)).toHaveLength(good.shapes.length);
  });
});

describe('relativePath', () => {
  it('writes lines as steps from the previous point, shortest text, one letter per run', () => {
    expect(relativePath('M10,20L10.5,20L10.5,19.9L9,18Z')).toBe('M10 20l.5 0 0-.1-1.5-1.9z');
    expect(relativePath('M0.5,-0.5L0.5,0.5ZM3,3L4,4Z')).toBe('M.5 -.5l0 1zM3 3l1 1z');
  });

  it('adds no error along a long ring: the points are the absolute path’s', () => {
    const points = Array.from({ length: 500 }, (_, i) => [(i * 7.3) % 960, (i * 3.1) % 480].map((n) => Math.round(n * 10) / 10));
    const absolute = `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
    expect(rings(relativePath(absolute))).toEqual(rings(absolute));
  });

  it('refuses a command a map of polygons never has', () => {
    expect(() => relativePath('M0,0C1,1,2,2,3,3Z')).toThrow(/unexpected command C/);
  });
});
