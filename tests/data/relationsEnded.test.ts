// @vitest-environment node
/**
 * The relations with Taiwan that ended from 2016 (data/relations.json), as the cited reports date
 * them: Taiwan's foreign ministry announcement, Taipei time (data/README.md says where the other
 * side announced a day earlier in its own time zone). Written from the sources, not from the data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../src/data/checkRelease.ts';
import { checkRelations } from '../../src/data/checkRelations.ts';

const FROM_THE_SOURCES: [country: string, ended: string][] = [
  ['STP', '2016-12-21'],
  ['PAN', '2017-06-13'],
  ['DOM', '2018-05-01'],
  ['BFA', '2018-05-24'],
  ['SLV', '2018-08-21'],
  ['SLB', '2019-09-16'],
  ['KIR', '2019-09-20'],
  ['NIC', '2021-12-10'],
  ['HND', '2023-03-26'],
  ['NRU', '2024-01-15'],
];

const read = (name: string) => readFileSync(resolve(process.cwd(), 'data', name), 'utf8');
const file = JSON.parse(read('relations.json')) as unknown;

describe('data/relations.json', () => {
  const { relations, issues } = checkRelations(file);

  it('passes its checks, and the release check with the dataset', () => {
    expect(issues).toEqual([]);
    const release = checkRelease({ dataset: read('dataset.json'), corrections: read('corrections.json'), relations: read('relations.json') });
    expect(release.issues.filter((issue) => issue.file === 'relations')).toEqual([]);
  });

  it('lists the ten ends of relations of 2016–2025 with the dates the reports give', () => {
    expect(relations!.relationsEnded.map((r) => [r.country, r.ended])).toEqual(FROM_THE_SOURCES);
  });

  it('each rests on at least two https sources of the file, and has a name in both languages', () => {
    const urls = new Map(relations!.sources.map((s) => [s.id, s.url]));
    for (const entry of relations!.relationsEnded) {
      expect(entry.sources.length, entry.country).toBeGreaterThanOrEqual(2);
      for (const id of entry.sources) expect(urls.get(id), id).toMatch(/^https:\/\//);
      expect(entry.name['zh-TW'], entry.country).toBeTruthy();
    }
  });
});

describe('checkRelations', () => {
  const entry = { country: 'PAN', name: { en: 'Panama', 'zh-TW': '巴拿馬' }, ended: '2017-06-13', summary: { en: 'x' } };
  const source = (id: string) => ({ id, publisher: 'P', title: 'T', date: '2017-06-13', url: `https://example.org/${id}` });

  it('refuses an unknown source, a country listed twice, a date that is not a day, a link that is not a web address, and a single source', () => {
    const { issues } = checkRelations({
      sources: [source('a'), source('b'), { ...source('c'), url: 'https://no-host/x' }],
      relationsEnded: [
        { ...entry, sources: ['a', 'nope'] },
        { ...entry, ended: '2017-02-30', sources: ['a', 'b'] },
      ],
    });
    const lines = issues.map((issue) => `${issue.location}: ${issue.message}`).join('\n');
    expect(lines).toMatch(/relationsEnded\[0\]\.sources\[1\]: unknown source "nope"/);
    expect(lines).toMatch(/relationsEnded\[1\]\.country: duplicate country "PAN" \(also at relationsEnded\[0\]\)/);
    expect(lines).toMatch(/relationsEnded\[1\]\.ended: "2017-02-30" is not a real date/);
    expect(lines).toMatch(/sources\[2\]\.url: must be an https URL/);
    const single = checkRelations({ sources: [source('a')], relationsEnded: [{ ...entry, sources: ['a'] }] });
    expect(single.issues.map((issue) => issue.message).join('\n')).toMatch(/at least two sources/);
  });
});
