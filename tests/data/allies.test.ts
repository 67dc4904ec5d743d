/**
 * Taiwan's allies over time (data/relations.json `allies`): the list of 2016-01-01, less the
 * relations that ended, agrees with every number of allies the sources state; and the checker
 * refuses a list that disagrees.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRelations } from '../../src/data/checkRelations.ts';
import { formatIssue } from '../../src/data/dataIssue.ts';
import { alliesOn, type RelationsFile } from '../../src/data/relationsSchema.ts';

const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/relations.json'), 'utf8')) as RelationsFile;

describe('allies over time', () => {
  it('data/relations.json: 22 allies on 2016-01-01, each with two sources or more, and 12 from Nauru’s break on', () => {
    expect(checkRelations(file).issues.map(formatIssue)).toEqual([]);
    expect(alliesOn(file, '2016-01-01')).toHaveLength(22);
    expect(file.allies!.countries.every((entry) => entry.sources.length >= 2)).toBe(true);
    expect(alliesOn(file, '2024-01-15')).toHaveLength(12);
    expect(alliesOn(file, '2025-11-30')).toHaveLength(12);
    expect(alliesOn(file, '2015-12-31')).toBeNull();
  });

  it('alliesOn drops a country from the day its relations ended (a month-only end from the month’s start)', () => {
    const relations = {
      allies: { asOf: '2016-01-01', countries: [{ country: 'PAN', sources: [] }, { country: 'SLV', sources: [] }], counts: [] },
      relationsEnded: [
        { country: 'PAN', ended: '2017-06-13' },
        { country: 'SLV', ended: '2018-08' },
      ],
    } as unknown as RelationsFile;
    expect(alliesOn(relations, '2017-06-12')).toEqual(['PAN', 'SLV']);
    expect(alliesOn(relations, '2017-06-13')).toEqual(['SLV']);
    expect(alliesOn(relations, '2018-08-01')).toEqual([]);
  });

  it('checkRelations refuses a stated number the list and the ends do not give, and an end of a country not listed', () => {
    const broken = structuredClone(file);
    broken.allies!.counts[0]!.count += 1;
    broken.allies!.countries = broken.allies!.countries.filter((entry) => entry.country !== 'PAN');
    const issues = checkRelations(broken).issues.map(formatIssue);
    expect(issues).toContainEqual(expect.stringMatching(/^relationsEnded\[\d+\]\.country: PAN is not among the allies of 2016-01-01$/));
    expect(issues).toContainEqual(expect.stringMatching(/^allies\.counts\[0\]\.count: the sources say 23 allies on 2016-01-01; the list and the ends give 21$/));
  });
});
