// @vitest-environment node
/**
 * Checks the curated data/dataset.json against the validator, against the 2024 seed
 * (/work/shared/seeds/000_17b0d70c8b6a2675.txt, a translation of MOFA release No. 410) and
 * against the rules of the project: every edition present, unnamed groups never expanded,
 * every source https and cited. The expectations below were written from the seed and the
 * brief, never read back from the data under test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReleaseDataset } from '../../src/data/checkRelease.ts';
import { formatIssue } from '../../src/data/dataIssue.ts';
import { topologyIds, type WorldTopology } from '../../src/data/topology.ts';
import type { Action, Dataset, SupportTypeId } from '../../src/data/schema.ts';

// vitest runs from the project root.
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8'));
const raw = readJson('data/dataset.json');
const data = raw as Dataset;
const topology = readJson('data/world.topo.json') as WorldTopology;

/** The id of the one source whose URL contains `fragment`; undefined when there is none or several. */
function sourceIdByUrl(fragment: string): string | undefined {
  const found = data.sources.filter((source) => source.url.includes(fragment));
  return found.length === 1 ? found[0]!.id : undefined;
}
// The seed is the dragonplusinsight.com translation; the MOFA release No. 410 is the publicnow copy.
const SEED_ID = sourceIdByUrl('dragonplusinsight.com/representatives-from-over-70-countries');
const MOFA_ID = sourceIdByUrl('publicnow.com/view/239646166D874968046807AB10ED9E64723E704B');
const seedOrRelease = (sources: readonly string[]) =>
  sources.some((id) => (SEED_ID !== undefined && id === SEED_ID) || (MOFA_ID !== undefined && id === MOFA_ID));

const edition = (year: number) => data.editions.find((e) => e.year === year);
const actionsOf = (year: number) => data.actions.filter((a) => a.edition === year);
const describeAction = (a: Action) =>
  `${a.id} [${a.type}${a.scope ? ` scope=${a.scope}` : ''}${a.via ? ` via=${a.via}` : ''}] by=${a.by?.en ?? '-'} sources=${a.sources.join(',')}`;

describe('checkReleaseDataset(data/dataset.json)', () => {
  it('checkReleaseDataset(data/dataset.json) with the shipped topology reports no problem', () => {
    const result = checkReleaseDataset(raw, { topologyIds: topologyIds(topology) });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

/** What a row requires of the action, besides actor, edition 2024, type and a seed/MOFA source. */
interface Want {
  scope?: 'interpol' | 'international-organisations';
  /** A G7 member's share of the joint act ("g7"), or `null` for an action of its own (no `via`). */
  via?: string | null;
  /** Matched against `by.en`. */
  by?: RegExp;
  /** How many distinct matching actions there must be at least (default 1). */
  atLeast?: number;
}
type Row = [fact: string, actor: string, type: SupportTypeId, want: Want];

const G7_MEMBERS = ['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA'];

// One row per fact of the seed, in the seed's order.
const seedRows: Row[] = [
  // "delegations from Belize, Eswatini, Marshall Islands, Palau, Paraguay, Saint Kitts and Nevis,
  // Saint Vincent and the Grenadines ... recorded videos"
  ...(['BLZ', 'SWZ', 'MHL', 'PLW', 'PRY', 'KNA', 'VCT'].map(
    (id): Row => [`${id} delegation video`, id, 'delegation', {}],
  )),
  // "Joint communiques from the G7 summits and chair statements following foreign ministers' meetings"
  ['G7 summit communiqué and foreign ministers’ chair statement', 'g7', 'executive', { atLeast: 2 }],
  ...G7_MEMBERS.map((id): Row => [`${id} as a G7 member`, id, 'executive', { via: 'g7' }]),
  // "2+2 Ministerial Talks between the UK and Australia" and "... between France and Australia"
  ['UK–Australia 2+2 (UK side)', 'GBR', 'executive', { via: null }],
  ['France–Australia 2+2 (France side)', 'FRA', 'executive', { via: null }],
  ['both 2+2 talks (Australia side)', 'AUS', 'executive', { via: null, atLeast: 2 }],
  // Missions in Taiwan
  ['American Institute in Taiwan shared the video', 'USA', 'mission', { by: /American Institute in Taiwan/ }],
  ['Australian Office in Taiwan posted the main visual', 'AUS', 'mission', { by: /Australian Office/ }],
  // "passing resolutions in support of Taiwan's participation in INTERPOL"
  ['European Parliament resolution (INTERPOL)', 'european-parliament', 'legislature', { scope: 'interpol' }],
  ['Czech Senate resolution (INTERPOL)', 'CZE', 'legislature', { scope: 'interpol', by: /Senate/ }],
  ['Dutch House of Representatives resolution (INTERPOL)', 'NLD', 'legislature', { scope: 'interpol', by: /House of Representatives/ }],
  ['Saint Kitts and Nevis National Assembly resolution (INTERPOL)', 'KNA', 'legislature', { scope: 'interpol', by: /National Assembly/ }],
  ['Guam Legislature resolution (INTERPOL)', 'GUM', 'legislature', { scope: 'interpol', by: /Legislature/ }],
  // "resolutions supporting Taiwan's meaningful participation in international organizations"
  ['IPAC resolution (international organisations)', 'ipac', 'legislature', { scope: 'international-organisations' }],
  ['Australian Senate resolution (international organisations)', 'AUS', 'legislature', { scope: 'international-organisations', by: /Senate/ }],
  ['Canadian House of Commons resolution (international organisations)', 'CAN', 'legislature', { scope: 'international-organisations', by: /House of Commons/ }],
  ['Italian Chamber of Deputies resolution (international organisations)', 'ITA', 'legislature', { scope: 'international-organisations', by: /Chamber of Deputies/ }],
  ['Guatemalan Congress resolution (international organisations)', 'GTM', 'legislature', { scope: 'international-organisations', by: /Congress/ }],
  // "parliament members from countries like South Korea, Germany, ... Colombia ... written to the
  // INTERPOL President or Secretary-General"
  ...(['KOR', 'DEU', 'DNK', 'IRL', 'ITA', 'ESP', 'LVA', 'EST', 'BRA', 'MEX', 'COL'].map(
    (id): Row => [`${id} parliament members wrote`, id, 'legislators', {}],
  )),
  // Media outlets by country, names as the seed translation gives them.
  ['US media (News Headlines, National Interest)', 'USA', 'media', { by: /National Interest/ }],
  ['Japanese media (Daily News)', 'JPN', 'media', { by: /Daily News/ }],
  ['South Korean media (News1 Agency)', 'KOR', 'media', { by: /News1/ }],
  ['Indian media (Political Leaders)', 'IND', 'media', { by: /Political Leaders/ }],
  ['Italian media (Ant News)', 'ITA', 'media', { by: /Ant News/ }],
  ['Spanish media (Daily Reasons)', 'ESP', 'media', { by: /Daily Reasons/ }],
  ['Polish media (Election Daily)', 'POL', 'media', { by: /Election Daily/ }],
  ['Latvian media (Baltic Sea Times)', 'LVA', 'media', { by: /Baltic Sea Times/ }],
];

function matches(action: Action, actor: string, type: SupportTypeId, want: Want): boolean {
  if (action.edition !== 2024 || action.actor !== actor || action.type !== type) return false;
  if (!seedOrRelease(action.sources)) return false;
  if (want.scope !== undefined && action.scope !== want.scope) return false;
  if (want.via === null && action.via !== undefined) return false;
  if (typeof want.via === 'string' && action.via !== want.via) return false;
  if (want.by !== undefined && !want.by.test(action.by?.en ?? '')) return false;
  return true;
}

describe('the 2024 edition of data/dataset.json', () => {
  it('sources of data/dataset.json hold the seed (dragonplusinsight.com) and MOFA release No. 410 (publicnow)', () => {
    expect(SEED_ID, 'exactly one source with the seed URL').toBeDefined();
    expect(MOFA_ID, 'exactly one source with the publicnow URL of release No. 410').toBeDefined();
  });

  it.each(seedRows)('the 2024 edition holds what the seed names: %s (%s, %s)', (_fact, actor, type, want) => {
    const found = data.actions.filter((a) => matches(a, actor, type, want));
    const ofActor = actionsOf(2024).filter((a) => a.actor === actor).map(describeAction);
    expect(
      new Set(found.map((a) => a.id)).size,
      `2024 ${type} actions of ${actor} matching ${JSON.stringify({ ...want, by: want.by?.source })} citing the seed or MOFA; ${actor} has: ${ofActor.join(' | ') || 'nothing'}`,
    ).toBeGreaterThanOrEqual(want.atLeast ?? 1);
  });

  it('edition 2024 is session 92 in Glasgow (GBR), 2024-11-04 to 2024-11-07', () => {
    const e = edition(2024);
    expect(e).toBeDefined();
    expect({
      session: e?.session,
      city: e?.city?.en,
      hostCountry: e?.hostCountry,
      startDate: e?.startDate,
      endDate: e?.endDate,
      listStatus: e?.listStatus,
    }).toEqual({
      session: 92,
      city: 'Glasgow',
      hostCountry: 'GBR',
      startDate: '2024-11-04',
      endDate: '2024-11-07',
      listStatus: 'listed',
    });
  });

  it('edition 2024 claims "over 70 countries" and its release is dated 2024-11-12 (or the seed’s 2024-11-13)', () => {
    const e = edition(2024);
    expect(e?.claim?.countries).toEqual({ value: 70, qualifier: 'over' });
    expect(e?.claim?.text.en).toMatch(/over 70 countries/i);
    expect(['2024-11-12', '2024-11-13']).toContain(e?.release?.date);
    expect(seedOrRelease([e?.release?.source ?? '']), `release.source ${e?.release?.source}`).toBe(true);
  });

  it.each([
    ['195 articles', { value: 195, qualifier: 'exact' }],
    ['over 2.81 million video views', { value: 2_810_000, qualifier: 'over' }],
    ['over 235,000 engagements', { value: 235_000, qualifier: 'over' }],
  ] as const)('edition 2024 figures hold %s, citing the seed or MOFA', (_label, quantity) => {
    const figures = edition(2024)?.figures ?? [];
    const found = figures.filter(
      (f) => f.quantity.value === quantity.value && f.quantity.qualifier === quantity.qualifier && seedOrRelease(f.sources),
    );
    expect(found, `figures: ${JSON.stringify(figures.map((f) => f.quantity))}`).toHaveLength(1);
  });

  it('groups of 2024 hold the allies’ letters to INTERPOL’s president and secretary general (no country, no count)', () => {
    const letters = data.groups.filter(
      (g) => g.edition === 2024 && g.type === 'executive' && g.country === undefined && seedOrRelease(g.sources),
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]?.count).toBeUndefined();
  });

  it('the 2024 edition invents nobody: actors with 2024 actions are all named by the seed', () => {
    const named = new Set(seedRows.map(([, actor]) => actor));
    // Actors from other 2024 sources, each documented in data/README.md ("### 2024"):
    // - formosa-club: "Formosa Club: from the Taipei Times and Taiwan Today only, not in the seed."
    //   It is an organisation, never painted on the map.
    const documentedExtras = new Set(['formosa-club']);
    const kinds = new Map(data.actors.map((a) => [a.id, a.kind]));
    const invented = [...new Set(actionsOf(2024).map((a) => a.actor))]
      .filter((id) => !named.has(id) && !documentedExtras.has(id))
      .map((id) => `${id} (${kinds.get(id) ?? 'unknown actor'})`);
    expect(invented).toEqual([]);
    // The painted actors (countries and territories) must all come from the seed: no extra is allowed.
    const paintedExtras = [...documentedExtras].filter((id) => kinds.get(id) !== 'organisation');
    expect(paintedExtras).toEqual([]);
    const countryGroups = data.groups.filter((g) => g.edition === 2024 && g.country !== undefined && !named.has(g.country));
    expect(countryGroups.map((g) => g.id)).toEqual([]);
  });
});

describe('editions of data/dataset.json', () => {
  it('editions 2016–2025 are all present; 2017 says no-list and 2020 says no-assembly, neither has actions', () => {
    expect(data.editions.map((e) => e.year).sort((a, b) => a - b)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(edition(2017)?.listStatus).toBe('no-list');
    expect(edition(2020)?.listStatus).toBe('no-assembly');
    for (const year of [2017, 2020]) {
      expect(actionsOf(year).map((a) => a.id), `actions of ${year}`).toEqual([]);
      expect(data.groups.filter((g) => g.edition === year).map((g) => g.id), `groups of ${year}`).toEqual([]);
    }
    for (const year of [2016, 2018, 2019, 2021, 2022, 2023, 2024, 2025]) {
      expect(edition(year)?.listStatus, `listStatus of ${year}`).toBe('listed');
    }
  });
});

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];
const ONE_STATE = new RegExp(`\\b(${US_STATES.join('|')})\\b|\\bstate (legislature|senate|house|assembly)\\b`, 'i');
// Taiwan's 14 diplomatic allies in October 2022 (before Honduras and Nauru switched in 2023–24).
const ALLIES_2022 = ['BLZ', 'GTM', 'HTI', 'VAT', 'HND', 'MHL', 'NRU', 'PLW', 'PRY', 'KNA', 'LCA', 'VCT', 'SWZ', 'TUV'];

describe('groups of data/dataset.json', () => {
  it('unnamed groups are never expanded: 2022 has 16 US state legislatures and 10 of 14 allies, and no action claims to be one of them', () => {
    const groups2022 = data.groups.filter((g) => g.edition === 2022);
    const states = groups2022.filter((g) => g.country === 'USA' && g.type === 'legislature');
    expect(states.map((g) => g.count)).toEqual([{ value: 16, qualifier: 'exact' }]);
    const allies = groups2022.filter((g) => g.country === undefined && g.outOf !== undefined);
    expect(allies.map((g) => [g.count, g.outOf])).toEqual([[{ value: 10, qualifier: 'exact' }, { value: 14, qualifier: 'exact' }]]);

    const texts = (a: Action) => [a.by?.en ?? '', a.summary.en, a.by?.['zh-TW'] ?? '', a.summary['zh-TW'] ?? ''];
    // No 2022 US action names a single state or a single state legislature.
    const oneState = actionsOf(2022).filter((a) => a.actor === 'USA' && texts(a).some((t) => ONE_STATE.test(t)));
    expect(oneState.map(describeAction)).toEqual([]);
    // No 2022 action says it is one of the unnamed allies or one of the 16 legislatures.
    const claimsMembership = actionsOf(2022).filter((a) =>
      texts(a).some((t) => /\b(one of|among) the (10|ten|16|sixteen)\b|\b(10|ten) of (the )?14\b/i.test(t)),
    );
    expect(claimsMembership.map(describeAction)).toEqual([]);
    // The allies' group is executive: an executive or delegation action of a 2022 ally would be one of
    // the 10 named after all. (The Marshall Islands' Nitijela resolution is a legislature act, named by its source.)
    const allyActs = actionsOf(2022).filter(
      (a) => ALLIES_2022.includes(a.actor) && (a.type === 'executive' || a.type === 'delegation'),
    );
    expect(allyActs.map(describeAction)).toEqual([]);
  });
});

describe('sources of data/dataset.json', () => {
  it('every source link is https and every source is cited by an action, group, release or figure', () => {
    expect(data.sources.length).toBeGreaterThan(0);
    expect(data.sources.filter((s) => !s.url.startsWith('https://')).map((s) => `${s.id}: ${s.url}`)).toEqual([]);
    const cited = new Set<string>([
      ...data.actions.flatMap((a) => a.sources),
      ...data.groups.flatMap((g) => g.sources),
      ...data.editions.flatMap((e) => [
        ...(e.release ? [e.release.source] : []),
        ...(e.figures ?? []).flatMap((f) => f.sources),
      ]),
    ]);
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});
