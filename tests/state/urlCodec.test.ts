// @vitest-environment node
/**
 * The URL query is a public contract (see src/state/urlCodec.ts). Each case below is one query:
 * it must parse to the expected state with issues naming exactly the listed parameters, and,
 * unless marked `irreversible` (legacy, lenient or invalid input), the parsed state must
 * serialise back to exactly the same query.
 */
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS } from '../../src/data/schema.ts';
import { parseUrlState, serializeUrlState } from '../../src/state/urlCodec.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/urlParams.ts';

interface Case {
  query: string;
  /** How the query appears in the test name when it is too long to print. */
  label?: string;
  /** What differs from DEFAULT_URL_STATE. */
  state: Partial<UrlState>;
  /** The `param` of every expected issue, in order. */
  issues: string[];
  /** Parsed, but never produced by serializeUrlState. */
  irreversible?: true;
}

const longValue = 'a'.repeat(10_000);

const cases: Case[] = [
  // missing → default
  { query: '', state: {}, issues: [] },
  { query: '?', state: {}, issues: [], irreversible: true },

  // edition
  { query: '?edition=2019', state: { edition: 2019 }, issues: [] },
  { query: '?edition=19', state: {}, issues: ['edition'], irreversible: true },
  { query: '?edition=2019abc', state: {}, issues: ['edition'], irreversible: true },
  { query: '?edition=1899', state: {}, issues: ['edition'], irreversible: true },
  { query: '?edition=', state: {}, issues: ['edition'], irreversible: true },

  // version: the data version a link is pinned to
  { query: '?edition=2024&version=1.0.1', state: { edition: 2024, version: '1.0.1' }, issues: [] },
  { query: '?version=12.0.3', state: { version: '12.0.3' }, issues: [] },
  { query: '?version=1.0', state: {}, issues: ['version'], irreversible: true },
  { query: '?version=v1.0.1', state: {}, issues: ['version'], irreversible: true },
  { query: '?version=1.0.1-beta', state: {}, issues: ['version'], irreversible: true },
  { query: '?version=', state: {}, issues: ['version'], irreversible: true },

  // compare
  { query: '?edition=2024&compare=2023', state: { edition: 2024, compare: 2023 }, issues: [] },
  { query: '?compare=23', state: {}, issues: ['compare'], irreversible: true },
  { query: '?compare=', state: {}, issues: ['compare'], irreversible: true },

  // types
  { query: '?types=delegation,media', state: { types: ['delegation', 'media'] }, issues: [] },
  { query: '?types=media,delegation', state: { types: ['delegation', 'media'] }, issues: [], irreversible: true },
  { query: '?types=media,media', state: { types: ['media'] }, issues: [], irreversible: true },
  { query: '?types=delegation%2Cmedia', state: { types: ['delegation', 'media'] }, issues: [], irreversible: true },
  { query: `?types=${SUPPORT_TYPE_IDS.join(',')}`, state: {}, issues: [], irreversible: true },
  { query: '?types=none', state: { types: [] }, issues: [] },
  { query: '?types=', state: {}, issues: ['types'], irreversible: true },
  { query: '?types=bogus', state: {}, issues: ['types'], irreversible: true },
  { query: '?types=media,bogus', state: {}, issues: ['types'], irreversible: true },
  { query: '?types=media,', state: {}, issues: ['types'], irreversible: true },

  // match
  { query: '?match=all', state: { match: 'all' }, issues: [] },
  { query: '?match=any', state: {}, issues: [], irreversible: true },
  { query: '?match=ALL', state: {}, issues: ['match'], irreversible: true },

  // country
  { query: '?country=PLW', state: { country: 'PLW' }, issues: [] },
  { query: '?country=ipac', state: { country: 'ipac' }, issues: [] },
  { query: '?country=european-parliament', state: { country: 'european-parliament' }, issues: [] },
  { query: '?country=<script>', state: {}, issues: ['country'], irreversible: true },
  { query: '?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E', state: {}, issues: ['country'], irreversible: true },
  { query: '?country=javascript:alert(1)', state: {}, issues: ['country'], irreversible: true },
  { query: '?country=Plw', state: {}, issues: ['country'], irreversible: true },
  { query: '?country=-ipac', state: {}, issues: ['country'], irreversible: true },

  // view
  { query: '?view=table', state: { view: 'table' }, issues: [] },
  { query: '?view=map', state: {}, issues: [], irreversible: true },
  { query: '?view=years', state: { view: 'years' }, issues: [] },
  { query: '?view=chart', state: {}, issues: ['view'], irreversible: true },

  // lang
  { query: '?lang=en', state: { lang: 'en' }, issues: [] },
  { query: '?lang=zh-TW', state: { lang: 'zh-TW' }, issues: [] },
  { query: '?lang=zh-tw', state: { lang: 'zh-TW' }, issues: [], irreversible: true },
  { query: '?lang=fr', state: {}, issues: ['lang'], irreversible: true },

  // theme
  { query: '?theme=dark', state: { theme: 'dark' }, issues: [] },
  { query: '?theme=light', state: { theme: 'light' }, issues: [] },
  { query: '?theme=auto', state: {}, issues: [], irreversible: true },
  { query: '?theme=Dark', state: {}, issues: ['theme'], irreversible: true },

  // flags
  { query: '?embed=1', state: { embed: true }, issues: [] },
  { query: '?embed=true', state: { embed: true }, issues: [], irreversible: true },
  { query: '?embed=0', state: {}, issues: [], irreversible: true },
  { query: '?embed=false', state: {}, issues: [], irreversible: true },
  { query: '?embed=yes', state: {}, issues: ['embed'], irreversible: true },
  { query: '?embed', state: {}, issues: ['embed'], irreversible: true },
  { query: '?plain=1', state: { plain: true }, issues: [] },
  { query: '?static=1', state: { static: true }, issues: [] },
  { query: '?transparent=1', state: { transparent: true }, issues: [] },
  { query: '?debug=1', state: { debug: true }, issues: [] },
  { query: '?debug=on', state: {}, issues: ['debug'], irreversible: true },

  // every parameter at once, in the canonical order
  {
    query:
      '?edition=2019&types=delegation,media&match=all&country=PLW&view=table&lang=zh-TW&theme=dark' +
      '&embed=1&plain=1&static=1&transparent=1&debug=1',
    state: {
      edition: 2019,
      types: ['delegation', 'media'],
      match: 'all',
      country: 'PLW',
      view: 'table',
      lang: 'zh-TW',
      theme: 'dark',
      embed: true,
      plain: true,
      static: true,
      transparent: true,
      debug: true,
    },
    issues: [],
  },
  // the same parameters in another order
  {
    query: '?debug=1&theme=dark&view=table&edition=2019&types=media,delegation',
    state: {
      edition: 2019,
      types: ['delegation', 'media'],
      view: 'table',
      theme: 'dark',
      debug: true,
    },
    issues: [],
    irreversible: true,
  },
  { query: 'edition=2019', state: { edition: 2019 }, issues: [], irreversible: true },

  // unknown, repeated, broken and hostile input
  { query: '?utm_source=newsletter', state: {}, issues: ['utm_source'], irreversible: true },
  { query: '?view=table&fbclid=abc', state: { view: 'table' }, issues: ['fbclid'], irreversible: true },
  { query: '?view=map&view=table', state: { view: 'table' }, issues: [], irreversible: true },
  { query: '?view=table&view=bogus', state: {}, issues: ['view'], irreversible: true },
  { query: '?country=%E0%A4%A', state: {}, issues: ['country'], irreversible: true },
  { query: '?view=table&country=%E0%A4%A&%E0%A4%A=1', state: { view: 'table' }, issues: ['country', '%E0%A4%A=1'], irreversible: true },
  { query: '?__proto__=x', state: {}, issues: ['__proto__'], irreversible: true },
  { query: '?constructor=1', state: {}, issues: ['constructor'], irreversible: true },
  { query: '?hasOwnProperty=1&toString=1', state: {}, issues: ['hasOwnProperty', 'toString'], irreversible: true },
  { query: `?country=${longValue}`, label: '?country=<10,000 × a>', state: {}, issues: ['country'], irreversible: true },
  {
    query: `?types=${'media,'.repeat(2_000)}media`,
    label: '?types=<2,001 × media>',
    state: {},
    issues: ['types'],
    irreversible: true,
  },
];

const stateOf = (c: Case): UrlState => ({ ...DEFAULT_URL_STATE, ...c.state });
const show = (c: Case): string => c.label ?? c.query;

describe('parseUrlState', () => {
  for (const c of cases) {
    const outcome = c.issues.length === 0 ? 'with no issue' : `with issues for ${c.issues.join(', ')}`;
    it(`parseUrlState(${JSON.stringify(show(c))}) gives ${JSON.stringify(c.state)} ${outcome}`, () => {
      const { state, issues } = parseUrlState(c.query);
      expect(state).toEqual(stateOf(c));
      expect(issues.map((issue) => issue.param)).toEqual(c.issues);
    });
  }

  it("parseUrlState('?types=bogus') reports an issue that names the parameter and the value", () => {
    expect(parseUrlState('?types=bogus').issues).toEqual([{ param: 'types', message: 'invalid types: "bogus"' }]);
  });

  it('parseUrlState of a 10,000-character value reports it as too long without echoing it', () => {
    const { issues } = parseUrlState(`?view=${longValue}`);
    expect(issues).toEqual([{ param: 'view', message: 'is too long' }]);
  });

  it('parseUrlState of a 10,000-character unknown name reports at most 200 characters of it', () => {
    const { issues } = parseUrlState(`?${longValue}=1`);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.param).toHaveLength(200);
  });

  it("parseUrlState('?__proto__=x&constructor=1') leaves Object.prototype untouched", () => {
    parseUrlState('?__proto__[polluted]=1&__proto__=x&constructor=1&constructor[prototype][polluted]=1');
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('parseUrlState returns a new state, never DEFAULT_URL_STATE itself (which stays as it was)', () => {
    const { state } = parseUrlState('?embed=1');
    expect(DEFAULT_URL_STATE.embed).toBe(false);
    expect(state).not.toBe(DEFAULT_URL_STATE);
  });
});

describe('serializeUrlState', () => {
  for (const c of cases.filter((c) => !c.irreversible)) {
    it(`serializeUrlState(${JSON.stringify(c.state)}) gives ${JSON.stringify(c.query)}`, () => {
      expect(serializeUrlState(stateOf(c))).toBe(c.query);
    });
  }

  it('serializeUrlState(DEFAULT_URL_STATE) gives the empty string', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('serializeUrlState of every type in reverse order writes nothing (the default)', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, types: [...SUPPORT_TYPE_IDS].reverse() })).toBe('');
  });

  it("serializeUrlState of types ['media', 'delegation'] writes them in canonical order", () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, types: ['media', 'delegation'] })).toBe('?types=delegation,media');
  });
});

describe('parseUrlState(serializeUrlState(state))', () => {
  const states: UrlState[] = [
    DEFAULT_URL_STATE,
    ...cases.map(stateOf),
    { ...DEFAULT_URL_STATE, types: [] },
    { ...DEFAULT_URL_STATE, types: ['executive'] },
    { ...DEFAULT_URL_STATE, edition: 1900, country: 'abc' },
    { ...DEFAULT_URL_STATE, edition: 2099, country: `a${'-'.repeat(63)}` },
  ];
  // One test per distinct query; many cases above parse to the same state.
  const byQuery = new Map(states.map((state) => [serializeUrlState(state), state]));
  for (const [query, state] of byQuery) {
    it(`parseUrlState(serializeUrlState(state)) gives back the state of ${JSON.stringify(query)}`, () => {
      const parsed = parseUrlState(query);
      expect(parsed.state).toEqual(state);
      expect(parsed.issues).toEqual([]);
    });
  }
});
