// @vitest-environment node
/**
 * The validator under random damage to the real dataset. Two properties:
 * - it never throws, whatever value lands anywhere in the file;
 * - every mutation that breaks a known rule is reported at the place it broke.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReleaseDataset } from '../../src/data/checkRelease.ts';
import { topologyIds } from '../../src/data/topology.ts';

const text = readFileSync(resolve(process.cwd(), 'data/dataset.json'), 'utf8');
const ids = topologyIds(JSON.parse(readFileSync(resolve(process.cwd(), 'data/world.topo.json'), 'utf8')));
const fresh = () => JSON.parse(text) as Record<string, any>;
const base = fresh();
// Each case validates the whole real dataset (~6 ms); 7 properties × 400 runs = 2,800 cases.
const RUNS = 400;

/** Every path to a value inside the dataset, as a list of keys. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
const allPaths = paths(base).filter((p) => p.length > 0);

function setAt(root: any, path: (string | number)[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1] as string | number] = value;
}

function locations(data: unknown): string[] {
  const result = checkReleaseDataset(data, { topologyIds: ids });
  return result.ok ? [] : result.issues.map((issue) => issue.location);
}

describe('checkReleaseDataset(mutated data/dataset.json)', { timeout: 60_000 }, () => {
  it('accepts the shipped dataset unmutated', () => {
    expect(locations(fresh())).toEqual([]);
  });

  it('never throws when any value is replaced by anything', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.anything({ withBigInt: false }), (path, value) => {
        const data = fresh();
        setAt(data, path, value);
        checkReleaseDataset(data, { topologyIds: ids });
      }),
      { numRuns: RUNS },
    );
  });

  const actionIndex = fc.nat({ max: base.actions.length - 1 });
  const sourceIndex = fc.nat({ max: base.sources.length - 1 });
  const unknownActor = fc.stringMatching(/^[A-Z]{3}$/).filter((id) => !base.actors.some((a: { id: string }) => a.id === id));
  const badUrl = fc.oneof(
    fc.constantFrom('javascript:alert(1)', 'http://example.org/', 'data:text/html,<b>x</b>', 'ftp://x.org', '//x.org', ' https://x.org', ''),
    fc.webUrl({ validSchemes: ['http', 'ftp', 'ws'] }),
  );
  const impossibleDate = fc
    .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 29, max: 39 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${d}`)
    .filter((date) => Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date);
  const requiredActionField = fc.constantFrom('id', 'actor', 'edition', 'type', 'summary', 'sources', 'evidence');

  it.each([
    ['an action names an unknown actor', fc.tuple(actionIndex, unknownActor), (d: any, [i, id]: [number, string]) => ((d.actions[i].actor = id), `actions[${i}].actor`)],
    ['a source link is not https', fc.tuple(sourceIndex, badUrl), (d: any, [i, url]: [number, string]) => ((d.sources[i].url = url), `sources[${i}].url`)],
    ['an action date is not a real day', fc.tuple(actionIndex, impossibleDate), (d: any, [i, date]: [number, string]) => ((d.actions[i].date = date), `actions[${i}].date`)],
    ['a required action field is missing', fc.tuple(actionIndex, requiredActionField), (d: any, [i, field]: [number, string]) => (delete d.actions[i][field], `actions[${i}].${field}`)],
    ['an action id is repeated', fc.tuple(actionIndex, actionIndex).filter(([a, b]) => a !== b), (d: any, [a, b]: [number, number]) => ((d.actions[b].id = d.actions[a].id), `actions[${Math.max(a, b)}].id`)],
    ['a summary is blank', fc.tuple(actionIndex, fc.constantFrom('', ' ', '\n\t')), (d: any, [i, blank]: [number, string]) => ((d.actions[i].summary.en = blank), `actions[${i}].summary.en`)],
  ] as const)('reports it when %s', (_rule, arbitrary, mutate) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<any>, (args) => {
        const data = fresh();
        const where = (mutate as (d: any, a: any) => string)(data, args);
        expect(locations(data)).toContain(where);
      }),
      { numRuns: RUNS },
    );
  });
});
