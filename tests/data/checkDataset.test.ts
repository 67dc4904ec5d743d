// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset, checkDatasetText } from '../../src/data/checkDataset.ts';
import { checkReleaseDataset } from '../../src/data/checkRelease.ts';
import { formatIssue } from '../../src/data/dataIssue.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const minimal = () => JSON.parse(fixture('minimal-dataset.json'));
const topologyIds = new Set(['BLZ', 'USA', 'GBR']);
const lines = (raw: unknown) => {
  const result = checkReleaseDataset(raw, { topologyIds });
  return result.ok ? [] : result.issues.map(formatIssue);
};

type Mutation = [rule: string, mutate: (d: any) => void, expected: string];

// One broken copy of the minimal fixture per rule, each with the exact line the validator prints.
const brokenFixtures: Mutation[] = [
  ['non-https link', (d) => (d.sources[0].url = 'http://example.org/release'), 'sources[0].url: must be an https URL'],
  ['javascript: link', (d) => (d.sources[1].url = 'javascript:alert(1)'), 'sources[1].url: must be an https URL'],
  ['https link without a host', (d) => (d.sources[1].url = 'https://localhost/x'), 'sources[1].url: must be an https URL'],
  ['empty summary', (d) => (d.actions[0].summary.en = '   '), 'actions[0].summary.en: must not be empty'],
  ['unknown actor', (d) => (d.actions[0].actor = 'XXX'), 'actions[0].actor: unknown actor "XXX"'],
  ['unknown edition', (d) => (d.actions[0].edition = 2019), 'actions[0].edition: unknown edition 2019'],
  ['edition without a list', (d) => (d.actions[0].edition = 2020), 'actions[0].edition: edition 2020 has no list of supporters'],
  ['unknown type', (d) => (d.actions[0].type = 'tweets'), 'actions[0].type: must be one of executive, delegation, legislature, legislators, mission, media'],
  ['unknown source', (d) => (d.actions[2].sources[1] = 'nowhere'), 'actions[2].sources[1]: unknown source "nowhere"'],
  ['missing support type', (d) => d.supportTypes.pop(), 'supportTypes: missing support type "media"'],
  ['duplicate action id', (d) => (d.actions[1].id = d.actions[0].id), 'actions[1].id: duplicate id "2024-blz-delegation" (also at actions[0])'],
  ['duplicate actor id', (d) => d.actors.push({ ...d.actors[0] }), 'actors[3].id: duplicate id "BLZ" (also at actors[0])'],
  ['duplicate source id', (d) => (d.sources[1].id = 'release'), 'sources[1].id: duplicate id "release" (also at sources[0])'],
  ['duplicate edition', (d) => (d.editions[1].year = 2024), 'editions[1].year: duplicate year "2024" (also at editions[0])'],
  ['date that is not real', (d) => (d.actions[1].date = '2024-02-30'), 'actions[1].date: "2024-02-30" is not a real date'],
  ['year 0024 (a browser reads it as 1924)', (d) => (d.actions[1].date = '0024-11-13'), 'actions[1].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD'],
  ['year 1899 in a full date', (d) => (d.editions[0].startDate = '1899-11-04'), 'editions[0].startDate: must be a date written YYYY-MM-DD'],
  ['date outside its edition', (d) => (d.actions[1].date = '2022-01-10'), 'actions[1].date: 2022-01-10 does not fit the 2024 edition (2023-10-01 to 2025-01-06)'],
  ['source from the future', (d) => (d.sources[1].date = '2027-01'), 'sources[1].date: 2027-01 is after the dataset\'s date 2026-11-29'],
  ['edition ends before it starts', (d) => (d.editions[0].endDate = '2024-11-01'), 'editions[0].endDate: 2024-11-01 is before the start date'],
  ['edition start in another year', (d) => (d.editions[0].startDate = '2023-11-04'), 'editions[0].startDate: 2023-11-04 is not in 2024'],
  ['release far from its Assembly', (d) => (d.editions[0].release.date = '2024-03-01'), 'editions[0].release.date: 2024-03-01 does not fit the 2024 Assembly (2024-11-04 to 2024-11-07)'],
  ['code missing from the topology', (d) => (d.actors[0].id = 'ATL', d.actions[0].actor = 'ATL'), 'actors[0].id: "ATL" is not a country or territory in the world topology'],
  ['organisation keyed by a code', (d) => (d.actors[2].id = 'GSV', d.actions[1].actor = 'GSV', d.actions[2].via = 'GSV'), 'actors[2].id: an actor of kind organisation must be keyed by a lowercase slug'],
  ['country keyed by a slug', (d) => (d.actors[0].id = 'belize', d.actions[0].actor = 'belize'), 'actors[0].id: a country must be keyed by its ISO 3166-1 alpha-3 code'],
  ['group country missing from the topology', (d) => (d.groups[1].country = 'ZZZ'), 'groups[1].country: "ZZZ" is not a country or territory in the world topology'],
  ['inferred without a reason', (d) => delete d.actions[2].inference, 'actions[2].inference: an inferred action must say why it was inferred'],
  ['legislature without a scope', (d) => delete d.actions[3].scope, 'actions[3].scope: a legislature action must say whether it names the body of its campaign'],
  ['scope naming another campaign\'s body', (d) => (d.actions[3].scope = 'wha'), 'actions[3].scope: "wha" is another campaign\'s body; this file is interpol\'s (a text naming several bodies is "international-organisations")'],
  ['scope of its own campaign in a WHA file', (d) => ((d.campaign = 'wha'), (d.actions[3].scope = 'interpol')), 'actions[3].scope: "interpol" is another campaign\'s body; this file is wha\'s (a text naming several bodies is "international-organisations")'],
  ['unknown campaign', (d) => (d.campaign = 'who'), 'campaign: must be one of interpol, wha, icao, unfccc, unga'],
  ['unknown venue', (d) => (d.actions[0].venue = 'online'), 'actions[0].venue: must be one of meeting, outside'],
  ['via a country', (d) => (d.actions[2].via = 'BLZ'), 'actions[2].via: "BLZ" is not an organisation in actors'],
  ['count larger than its whole', (d) => (d.groups[1].outOf = { value: 10, qualifier: 'exact' }), 'groups[1].count: 16 is more than the 10 it is out of'],
  ['missing field', (d) => delete d.actions[0].evidence, 'actions[0].evidence: is required'],
  ['unknown field', (d) => (d.actions[0].colour = 'red'), 'actions[0].colour: is not a known field'],
  ['action without sources', (d) => (d.actions[0].sources = []), 'actions[0].sources: must name at least one source'],
];

describe('checkReleaseDataset(minimal fixture)', () => {
  it('accepts the unbroken fixture', () => {
    expect(lines(minimal())).toEqual([]);
  });

  it.each(brokenFixtures)('reports %s', (_rule, mutate, expected) => {
    const data = minimal();
    mutate(data);
    expect(lines(data)).toContain(expected);
  });

  it('reports a schema problem and a dangling reference in the same file', () => {
    const data = minimal();
    data.actions[0].summary.en = '';
    data.actions[1].actor = 'nobody';
    expect(lines(data)).toEqual(['actions[0].summary.en: must not be empty', 'actions[1].actor: unknown actor "nobody"']);
  });

  it('skips the topology rule when no topology is given', () => {
    const data = minimal();
    data.actors[0].id = 'ATL';
    data.actions[0].actor = 'ATL';
    expect(checkReleaseDataset(data).ok).toBe(true);
  });
});

describe('checkDatasetText(file)', () => {
  it.each([
    ['empty-dataset.json', '(file): is empty; expected a JSON dataset'],
    ['blank-dataset.json', '(file): is empty; expected a JSON dataset'],
  ])('gives one line for %s', (name, expected) => {
    const result = checkDatasetText(fixture(name));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([expected]);
  });

  it('gives one line, not a stack trace, for a truncated file', () => {
    const result = checkDatasetText(fixture('truncated-dataset.json'));
    const printed = result.ok ? [] : result.issues.map(formatIssue);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^\(file\): is not valid JSON \(.+\)$/);
  });

  it.each([['[]'], ['null'], ['42'], ['"text"']])('rejects %s as a dataset without throwing', (text) => {
    const result = checkDatasetText(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map(formatIssue)[0]).toMatch(/^\(root\): /);
  });
});

describe('the load-time check and the release check', () => {
  it('checkDataset (the page) accepts an editorial fault the release check refuses (an inferred action without a reason)', () => {
    const data = minimal();
    data.actions[0].evidence = 'inferred';
    expect(checkDataset(data).ok).toBe(true);
    const release = checkReleaseDataset(data);
    expect(release.ok ? [] : release.issues.map(formatIssue)).toContain('actions[0].inference: an inferred action must say why it was inferred');
  });

  it('checkDataset (the page) refuses an integrity fault (an action of an unknown actor)', () => {
    const data = minimal();
    data.actions[0].actor = 'XXX';
    const result = checkDataset(data);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toContain('actions[0].actor: unknown actor "XXX"');
  });
});
