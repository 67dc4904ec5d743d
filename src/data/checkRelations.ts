/**
 * Checks data/relations.json: its shape, and that every entry cites sources of the file, names a
 * country once, and is dated on a real day. Pure; issues come back as `relationsEnded[2].sources[0]: ...`.
 * Run by the release check (checkRelease.ts) and, for the shape, by the loader.
 */
import * as v from 'valibot';
import { toDataIssue } from './checkDataset.ts';
import type { DataIssue } from './dataIssue.ts';
import { parsePartialDate } from './dates.ts';
import { RelationsFileSchema, type RelationsFile } from './relationsSchema.ts';

export interface RelationsCheck {
  relations: RelationsFile | null;
  issues: DataIssue[];
}

export function checkRelations(raw: unknown): RelationsCheck {
  const parsed = v.safeParse(RelationsFileSchema, raw);
  if (!parsed.success) return { relations: null, issues: parsed.issues.map(toDataIssue) };
  const issues: DataIssue[] = [];
  const report = (location: string, message: string) => issues.push({ location, message });
  const sourceIds = new Set<string>();
  parsed.output.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) report(`sources[${index}].id`, `duplicate id "${source.id}"`);
    sourceIds.add(source.id);
  });
  const countries = new Set<string>();
  parsed.output.relationsEnded.forEach((entry, index) => {
    const at = `relationsEnded[${index}]`;
    if (countries.has(entry.country)) report(`${at}.country`, `"${entry.country}" is listed twice`);
    countries.add(entry.country);
    if (!parsePartialDate(entry.ended)) report(`${at}.ended`, `"${entry.ended}" is not a real date`);
    entry.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) report(`${at}.sources[${i}]`, `unknown source "${id}"`);
    });
  });
  return { relations: issues.length === 0 ? parsed.output : null, issues };
}
