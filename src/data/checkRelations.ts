/**
 * Checks data/relations.json: its shape, and that every entry cites sources of the file, names a
 * country once, and is dated on a real day. Pure; issues come back as `relationsEnded[2].sources[0]: ...`.
 * Run by the release check (checkRelease.ts); the change view will run it on the fetched file too.
 */
import * as v from 'valibot';
import { toDataIssue } from './checkDataset.ts';
import type { DataIssue } from './dataIssue.ts';
import { parsePartialDate } from './dates.ts';
import { isHttpsUrl, uniqueIds } from './integrityRules.ts';
import { alliesOn, RelationsFileSchema, type RelationsFile } from './relationsSchema.ts';

export interface RelationsCheck {
  relations: RelationsFile | null;
  issues: DataIssue[];
}

export function checkRelations(raw: unknown): RelationsCheck {
  const parsed = v.safeParse(RelationsFileSchema, raw);
  if (!parsed.success) return { relations: null, issues: parsed.issues.map(toDataIssue) };
  const issues: DataIssue[] = [];
  const report = (location: string, message: string) => issues.push({ location, message });
  const indexed = <T>(items: T[]) => items.map((value, index) => ({ index, value }));
  // The same rules as the dataset's sources: unique ids, links that parse as https.
  const sourceIds = uniqueIds(indexed(parsed.output.sources), 'sources', (source) => source.id, report);
  parsed.output.sources.forEach((source, index) => {
    if (!isHttpsUrl(source.url)) report(`sources[${index}].url`, 'must be an https URL');
  });
  uniqueIds(indexed(parsed.output.relationsEnded), 'relationsEnded', (entry) => entry.country, report, 'country');
  parsed.output.relationsEnded.forEach((entry, index) => {
    const at = `relationsEnded[${index}]`;
    if (!parsePartialDate(entry.ended)) report(`${at}.ended`, `"${entry.ended}" is not a real date`);
    entry.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) report(`${at}.sources[${i}]`, `unknown source "${id}"`);
    });
  });
  const { allies } = parsed.output;
  if (allies) {
    const listed = new Set(allies.countries.map((entry) => entry.country));
    uniqueIds(indexed(allies.countries), 'allies.countries', (entry) => entry.country, report, 'country');
    allies.countries.forEach((entry, index) =>
      entry.sources.forEach((id, i) => {
        if (!sourceIds.has(id)) report(`allies.countries[${index}].sources[${i}]`, `unknown source "${id}"`);
      }),
    );
    // A country can end relations only if it had them (no relations were established after asOf).
    parsed.output.relationsEnded.forEach((entry, index) => {
      if (entry.ended >= allies.asOf && !listed.has(entry.country))
        report(`relationsEnded[${index}].country`, `${entry.country} is not among the allies of ${allies.asOf}`);
    });
    // The stated numbers hold the timeline to its sources: allies on that day, by the list and the ends.
    allies.counts.forEach((entry, index) => {
      entry.sources.forEach((id, i) => {
        if (!sourceIds.has(id)) report(`allies.counts[${index}].sources[${i}]`, `unknown source "${id}"`);
      });
      const allies = alliesOn(parsed.output, entry.date);
      if (allies && allies.length !== entry.count)
        report(`allies.counts[${index}].count`, `the sources say ${entry.count} allies on ${entry.date}; the list and the ends give ${allies.length}`);
    });
  }
  return { relations: issues.length === 0 ? parsed.output : null, issues };
}
