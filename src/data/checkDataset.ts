/**
 * The dataset's check at load time: what the page needs to show a dataset safely. It never
 * throws: every problem comes back as `{location, message}`, printed as `location: message`
 * (e.g. `actions[12].sources[0]: unknown source "x"`).
 *
 * Two passes: the schema (shape of every value), then the integrity rules (unique ids, every
 * reference resolves). The second pass runs on every item that passed the first, so one broken
 * action does not hide a dangling reference elsewhere. The editorial rules (dates, public wording,
 * groups, the topology's codes) and the audit are checked before a release, by checkRelease.ts
 * (`npm run validate-data` and the build): the page never receives a dataset that fails them.
 */
import * as v from 'valibot';
import {
  ActionSchema,
  CampaignIdSchema,
  ActorSchema,
  DatasetSchema,
  EditionSchema,
  GroupSchema,
  SourceSchema,
  SupportTypeSchema,
  type Dataset,
} from './schema.ts';
import { checkIntegrity } from './integrityRules.ts';
import { formatIssue, type DataIssue, type IndexedDataset } from './dataIssue.ts';

export type CheckResult =
  | { ok: true; dataset: Dataset; issues: [] }
  | { ok: false; issues: DataIssue[] };

/** Parses the text of a dataset file; a file that is empty or not JSON gets one clear issue. */
export function checkDatasetText(text: string): CheckResult {
  if (text.trim() === '') return fail([{ location: '(file)', message: 'is empty; expected a JSON dataset' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail([{ location: '(file)', message: `is not valid JSON (${detail.split('\n')[0]})` }]);
  }
  return checkDataset(raw);
}

export function checkDataset(raw: unknown): CheckResult {
  return checkDatasetWith(raw, checkIntegrity);
}

/** The schema, then `rules` over every item that is well formed. */
export function checkDatasetWith(raw: unknown, rules: (data: IndexedDataset) => DataIssue[]): CheckResult {
  if (!isRecord(raw)) return fail([{ location: '(root)', message: 'must be a JSON object holding the dataset' }]);
  const parsed = v.safeParse(DatasetSchema, raw);
  if (parsed.success) {
    const issues = rules(indexed(parsed.output));
    return issues.length === 0 ? { ok: true, dataset: parsed.output, issues: [] } : fail(issues);
  }
  const issues = parsed.issues.map(toDataIssue);
  issues.push(...rules(salvage(raw)));
  return fail(dedupe(issues));
}

function indexed(dataset: Dataset): IndexedDataset {
  const wrap = <T>(items: T[]) => items.map((value, index) => ({ index, value }));
  return {
    updated: dataset.updated,
    version: dataset.version,
    ...(dataset.campaign === undefined ? {} : { campaign: dataset.campaign }),
    ...(dataset.part === undefined ? {} : { part: dataset.part }),
    supportTypes: wrap(dataset.supportTypes),
    sources: wrap(dataset.sources),
    editions: wrap(dataset.editions),
    actors: wrap(dataset.actors),
    actions: wrap(dataset.actions),
    groups: wrap(dataset.groups),
  };
}

/** The items of a dataset that failed the schema which are themselves well formed. */
function salvage(raw: Record<string, unknown>): IndexedDataset {
  const keep = <S extends v.GenericSchema>(schema: S, items: unknown) =>
    (Array.isArray(items) ? items : []).flatMap((item: unknown, index) => {
      const result = v.safeParse(schema, item);
      return result.success ? [{ index, value: result.output as v.InferOutput<S> }] : [];
    });
  const updated = typeof raw.updated === 'string' ? raw.updated : undefined;
  const version = typeof raw.version === 'string' ? raw.version : undefined;
  const campaign = v.safeParse(CampaignIdSchema, raw.campaign);
  return {
    ...(updated === undefined ? {} : { updated }),
    ...(version === undefined ? {} : { version }),
    ...(campaign.success ? { campaign: campaign.output } : {}),
    // Without a well-formed list of support types, its completeness cannot be judged.
    ...(Array.isArray(raw.supportTypes) ? { supportTypes: keep(SupportTypeSchema, raw.supportTypes) } : {}),
    sources: keep(SourceSchema, raw.sources),
    editions: keep(EditionSchema, raw.editions),
    actors: keep(ActorSchema, raw.actors),
    actions: keep(ActionSchema, raw.actions),
    groups: keep(GroupSchema, raw.groups),
  };
}

export function toDataIssue(issue: v.BaseIssue<unknown>): DataIssue {
  const path = issue.path ?? [];
  let location = '';
  for (const item of path) {
    const key = (item as { key: unknown }).key;
    location += typeof key === 'number' ? `[${key}]` : location === '' ? String(key) : `.${String(key)}`;
  }
  let message = issue.message;
  if (issue.kind === 'schema' && issue.received === 'undefined') message = 'is required';
  else if (issue.type === 'strict_object' && issue.kind === 'schema' && path.length > 0 && issue.expected === 'never')
    message = 'is not a known field';
  else if (issue.kind === 'schema' && !/must|expected/i.test(message)) message = `expected ${issue.expected}, got ${issue.received}`;
  return { location: location || '(root)', message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dedupe(issues: DataIssue[]): DataIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const line = formatIssue(issue);
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

function fail(issues: DataIssue[]): CheckResult {
  return { ok: false, issues };
}
