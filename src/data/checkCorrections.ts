/**
 * Checks data/corrections.json against a valid dataset: every entry names something that exists
 * (unless it was removed), cites known sources, is dated on a real day no later than the dataset,
 * belongs to a version no later than the dataset's own, and is written for the public. Issues
 * come back as `corrections[3].target: ...`. Checked before a release (checkRelease.ts).
 */
import * as v from 'valibot';
import type { DataIssue } from './dataIssue.ts';
import { parsePartialDate } from './dates.ts';
import { uniqueIds } from './integrityRules.ts';
import { maintainerTalk, publicTextMessage, textParts } from './publicText.ts';
import { CorrectionsFileSchema, type Dataset } from './schema.ts';
import { compareVersions } from './versions.ts';

export function checkCorrections(raw: unknown, dataset: Dataset): DataIssue[] {
  const parsed = v.safeParse(CorrectionsFileSchema, raw);
  if (!parsed.success) return parsed.issues.map(toIssue);
  const issues: DataIssue[] = [];
  const report = (location: string, message: string) => issues.push({ location, message });
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  const targets = new Set<string>([
    ...dataset.actions.map((action) => action.id),
    ...sourceIds,
    ...dataset.groups.map((group) => group.id),
    ...dataset.actors.map((actor) => actor.id),
    ...dataset.editions.map((edition) => String(edition.year)),
  ]);
  const updated = parsePartialDate(dataset.updated);
  const entries = parsed.output.corrections;
  uniqueIds(entries.map((value, index) => ({ index, value })), 'corrections', (entry) => entry.id, report);
  entries.forEach((entry, index) => {
    const at = `corrections[${index}]`;
    const day = parsePartialDate(entry.date);
    if (!day) report(`${at}.date`, `"${entry.date}" is not a real date`);
    else if (updated && day.start > updated.end) report(`${at}.date`, `${entry.date} is after the dataset's date ${dataset.updated}`);
    if (compareVersions(entry.version, dataset.version) > 0)
      report(`${at}.version`, `${entry.version} is later than the dataset's version ${dataset.version}`);
    if (entry.change !== 'removed' && !targets.has(entry.target))
      report(`${at}.target`, `"${entry.target}" is not an action, source, group, actor or edition of the dataset`);
    entry.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) report(`${at}.sources[${i}]`, `unknown source "${id}"`);
    });
    for (const field of ['what', 'was', 'why'] as const) {
      for (const [suffix, text] of textParts(entry[field])) {
        const about = maintainerTalk(text);
        if (about) report(`${at}.${field}${suffix}`, publicTextMessage(about));
      }
    }
  });
  return issues;
}

function toIssue(issue: v.BaseIssue<unknown>): DataIssue {
  let location = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    location += typeof key === 'number' ? `[${key}]` : location === '' ? String(key) : `.${String(key)}`;
  }
  const message = issue.kind === 'schema' && issue.received === 'undefined' ? 'is required' : issue.message;
  return { location: location || 'corrections file', message };
}
