/**
 * Rules for the public correction log: every entry names something that exists (unless it was
 * removed), cites known sources, is dated on a real day no later than the dataset, and belongs to
 * a version no later than the dataset's own.
 */
import type { DataIssue, IndexedDataset } from './dataIssue.ts';
import { parsePartialDate } from './dates.ts';

/** -1, 0 or 1 as version a is before, equal to or after version b (both "major.minor.patch"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export function checkCorrectionLog(data: IndexedDataset, sourceIds: ReadonlySet<string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (location: string, message: string) => issues.push({ location, message });
  const targets = new Set<string>([
    ...data.actions.map(({ value }) => value.id),
    ...data.sources.map(({ value }) => value.id),
    ...data.groups.map(({ value }) => value.id),
    ...data.actors.map(({ value }) => value.id),
    ...data.editions.map(({ value }) => String(value.year)),
  ]);
  const updated = data.updated === undefined ? null : parsePartialDate(data.updated);
  const seen = new Map<string, number>();
  for (const { index, value: entry } of data.correctionLog ?? []) {
    const at = `correctionLog[${index}]`;
    const first = seen.get(entry.id);
    if (first !== undefined) report(`${at}.id`, `duplicate id "${entry.id}" (also at correctionLog[${first}])`);
    else seen.set(entry.id, index);
    const day = parsePartialDate(entry.date);
    if (!day) report(`${at}.date`, `"${entry.date}" is not a real date`);
    else if (updated && day.start > updated.end) report(`${at}.date`, `${entry.date} is after the dataset's date ${data.updated}`);
    if (data.version !== undefined && compareVersions(entry.version, data.version) > 0)
      report(`${at}.version`, `${entry.version} is later than the dataset's version ${data.version}`);
    if (entry.change !== 'removed' && !targets.has(entry.target))
      report(`${at}.target`, `"${entry.target}" is not an action, source, group, actor or edition of the dataset`);
    entry.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) report(`${at}.sources[${i}]`, `unknown source "${id}"`);
    });
  }
  return issues;
}
