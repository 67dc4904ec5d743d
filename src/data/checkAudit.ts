/**
 * Checks data/audit.json against a valid dataset: every action has exactly one audit record,
 * every record names a known action, every check names a source that action cites, and every
 * record has at least one check that supports the action (`yes` or `partly`). Issues come back as
 * `audit.records[3].checks[0].source: ...`, like the dataset's. Kept apart from checkDataset: the
 * browser's load-time check never sees the audit.
 */
import * as v from 'valibot';
import { AuditSchema } from './auditSchema.ts';
import type { DataIssue } from './dataIssue.ts';
import type { Dataset } from './schema.ts';
import { longQuoteInFinding } from './auditText.ts';

export function checkAudit(raw: unknown, dataset: Dataset): DataIssue[] {
  const parsed = v.safeParse(AuditSchema, raw);
  if (!parsed.success) return parsed.issues.map(toIssue);
  const audit = parsed.output;
  const issues: DataIssue[] = [];
  const report = (location: string, message: string) => issues.push({ location, message });
  const actions = new Map(dataset.actions.map((action) => [action.id, action]));
  const firstRecord = new Map<string, number>();

  audit.records.forEach((record, r) => {
    const at = `audit.records[${r}]`;
    const action = actions.get(record.action);
    if (!action) return report(`${at}.action`, `unknown action "${record.action}"`);
    const first = firstRecord.get(record.action);
    if (first !== undefined) report(`${at}.action`, `second record for "${record.action}" (first at audit.records[${first}])`);
    else firstRecord.set(record.action, r);
    const cited = new Set(action.sources);
    record.checks.forEach((check, c) => {
      if (!cited.has(check.source))
        report(`${at}.checks[${c}].source`, `"${check.source}" is not a source of action "${action.id}" (it cites ${action.sources.join(', ')})`);
      const quote = longQuoteInFinding(check.finding);
      if (quote) report(`${at}.checks[${c}].finding`, quote);
    });
    if (!record.checks.some((check) => check.supports !== 'unread' && cited.has(check.source)))
      report(`${at}.checks`, `no cited source of "${action.id}" was found to support it (every check is unread or names another source)`);
  });

  dataset.actions.forEach((action, i) => {
    if (!firstRecord.has(action.id)) report(`actions[${i}]`, `"${action.id}" has no audit record in audit.records`);
  });
  return issues;
}

function toIssue(issue: v.BaseIssue<unknown>): DataIssue {
  let location = 'audit';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    location += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  const message = issue.kind === 'schema' && issue.received === 'undefined' ? 'is required' : issue.message;
  return { location, message };
}
