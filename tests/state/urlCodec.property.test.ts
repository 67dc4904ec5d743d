// @vitest-environment node
/**
 * Properties of the URL codec over generated input (research notes B3): parsing never throws and
 * always gives a valid state, serialising a parsed query is a fixpoint, and every valid state
 * survives a round trip. fast-check reports the seed and counterexample path of any failure.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS, SUPPORT_TYPE_IDS } from '../../src/data/schema.ts';
import { MATCHES } from '../../src/filters/filterEdition.ts';
import { parseUrlState, serializeUrlState } from '../../src/state/urlCodec.ts';
import { THEMES, VIEWS, type UrlState } from '../../src/state/urlParams.ts';
import { CAMPAIGN_IDS } from '../../src/data/vocabulary.ts';

const FLAGS = ['embed', 'plain', 'static', 'transparent', 'debug'] as const;

const numRuns = 10_000;
/** 10,000 runs take well under a second each here; the margin is for a loaded CI machine. */
const timeout = 30_000;
const ACTOR_ID = /^([A-Z]{3}|[a-z0-9][a-z0-9-]{0,63})$/;
const KNOWN_NAMES = ['campaign', 'edition', 'version', 'compare', 'types', 'match', 'country', 'view', 'lang', 'theme', ...FLAGS];

const SORTED_KEYS = [...KNOWN_NAMES].sort().join(',');
const includes = (allowed: readonly unknown[], value: unknown): boolean => allowed.includes(value);

/**
 * What is wrong with a state: every field must hold one of its allowed values. Plain checks
 * rather than `expect`, which is too slow for 10,000 runs per property.
 */
function stateProblems(state: UrlState): string[] {
  const problems: string[] = [];
  if (Object.keys(state).sort().join(',') !== SORTED_KEYS) problems.push('keys');
  const { edition, compare, types, country } = state;
  for (const [name, year] of [
    ['edition', edition],
    ['compare', compare],
  ] as const) {
    if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2099)) problems.push(name);
  }
  const canonical = SUPPORT_TYPE_IDS.filter((id) => types.includes(id));
  if (types.length !== canonical.length || types.some((id, i) => id !== canonical[i])) problems.push('types');
  if (!includes(MATCHES, state.match)) problems.push('match');
  if (country !== null && !ACTOR_ID.test(country)) problems.push('country');
  if (!includes(VIEWS, state.view)) problems.push('view');
  if (state.lang !== null && !includes(LANGS, state.lang)) problems.push('lang');
  if (!includes(THEMES, state.theme)) problems.push('theme');
  if (!includes(CAMPAIGN_IDS, state.campaign)) problems.push('campaign');
  for (const flag of FLAGS) if (typeof state[flag] !== 'boolean') problems.push(flag);
  return problems;
}

const hostileValue = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    '%E0%A4%A',
    '%',
    '%%',
    '1e309',
    'NaN',
    '-1',
    '2019.0',
    ' 2019',
    'none,media',
    'media,,delegation',
    '\u0000',
    '\u202e',
    '😀',
  ),
  fc
    .tuple(fc.constantFrom('~', 'a', '%', ',', 'media,', '&', '='), fc.integer({ min: 150, max: 3_000 }))
    .map(([unit, n]) => unit.repeat(n)),
  fc.stringMatching(/^[A-Za-z0-9,%-]{0,12}$/),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const hostileName = fc.oneof(
  fc.constantFrom(...KNOWN_NAMES),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', '__proto__[x]', 'toString'),
  fc.string({ maxLength: 8 }),
);
const encodeMaybe = (text: string, encode: boolean): string => {
  if (!encode) return text;
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // lone surrogates cannot be encoded; feed them raw
  }
};
/** Queries made of known names (and a few dangerous ones) with hostile values, sometimes percent-encoded. */
const hostileQuery = fc
  .array(fc.tuple(hostileName, hostileValue, fc.boolean()), { maxLength: 8 })
  .map((pairs) => `?${pairs.map(([name, value, encode]) => `${name}=${encodeMaybe(value, encode)}`).join('&')}`);

const inputs: [string, fc.Arbitrary<string>][] = [
  ['arbitrary strings', fc.string({ unit: 'binary', maxLength: 200 })],
  ['web query parameters', fc.webQueryParameters().map((q) => `?${q}`)],
  ['unicode strings', fc.string({ unit: 'grapheme', maxLength: 100 })],
  ['known names with hostile values', hostileQuery],
];

/** The codec builds ordinary objects; fast-check would otherwise also try null-prototype ones. */
const plainObject = { noNullPrototype: true } as const;
const validState: fc.Arbitrary<UrlState> = fc.record(
  {
    campaign: fc.constantFrom(...CAMPAIGN_IDS),
    edition: fc.option(fc.integer({ min: 1900, max: 2099 }), { nil: null }),
    version: fc.option(fc.stringMatching(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/), { nil: null }),
    compare: fc.option(fc.integer({ min: 1900, max: 2099 }), { nil: null }),
    types: fc.subarray([...SUPPORT_TYPE_IDS]),
    match: fc.constantFrom(...MATCHES),
    country: fc.option(fc.oneof(fc.stringMatching(/^[A-Z]{3}$/), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/)), {
      nil: null,
    }),
    view: fc.constantFrom(...VIEWS),
    lang: fc.constantFrom(null, ...LANGS),
    theme: fc.constantFrom(...THEMES),
    embed: fc.boolean(),
    plain: fc.boolean(),
    static: fc.boolean(),
    transparent: fc.boolean(),
    debug: fc.boolean(),
  },
  plainObject,
);

const prototypeKeysBefore = Reflect.ownKeys(Object.prototype);

describe('urlCodec properties', () => {
  afterAll(() => {
    // A codec that wrote parameters into plain objects could be made to pollute every object.
    expect(Reflect.ownKeys(Object.prototype)).toEqual(prototypeKeysBefore);
    for (const key of ['polluted', 'x', 'edition', 'types', 'country', 'embed']) {
      expect(Object.hasOwn(Object.prototype, key)).toBe(false);
    }
  });

  for (const [name, query] of inputs) {
    it(
      `parseUrlState(${name}) never throws and gives a valid state`,
      () => {
        fc.assert(
          fc.property(query, (q) => {
            expect(stateProblems(parseUrlState(q).state)).toEqual([]);
          }),
          { numRuns },
        );
      },
      timeout,
    );

    it(
      `serializeUrlState(parseUrlState(${name})) is a fixpoint`,
      () => {
        fc.assert(
          fc.property(query, (q) => {
            const once = serializeUrlState(parseUrlState(q).state);
            const reparsed = parseUrlState(once);
            return reparsed.issues.length === 0 && serializeUrlState(reparsed.state) === once;
          }),
          { numRuns },
        );
      },
      timeout,
    );
  }

  it(
    'parseUrlState(serializeUrlState(state)) deep-equals every valid state',
    () => {
      fc.assert(
        fc.property(validState, (state) => {
          const parsed = parseUrlState(serializeUrlState(state));
          return parsed.issues.length === 0 && isDeepStrictEqual(parsed.state, state);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'Object.prototype has no pollution-probe keys after parsing hostile queries',
    () => {
      fc.assert(
        fc.property(hostileQuery, (q) => {
          parseUrlState(`${q}&__proto__[polluted]=1&constructor[prototype][polluted]=1`);
          const probe = {} as Record<string, unknown>;
          return !Object.hasOwn(Object.prototype, 'polluted') && probe['polluted'] === undefined;
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
