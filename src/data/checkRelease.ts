/**
 * Everything a release of the data must pass, for `npm run validate-data` and the build: the
 * load-time check (schema and integrity), the editorial rules, the correction log and the audit.
 * Texts in, issues out, each tagged with its file; never throws.
 */
import { checkAudit } from './checkAudit.ts';
import { checkCorrections } from './checkCorrections.ts';
import { checkDatasetWith, type CheckResult } from './checkDataset.ts';
import type { CheckOptions, DataIssue } from './dataIssue.ts';
import { checkEditorial } from './editorialRules.ts';
import { checkIntegrity } from './integrityRules.ts';
import { checkRelations } from './checkRelations.ts';
import { consistencyIssues, idLengthIssues, textIssues, withoutFollowOns } from './releaseText.ts';
import { maintainerTalk, publicTextMessage, textParts } from './publicText.ts';
import type { Dataset } from './schema.ts';

export interface ReleaseTexts {
  dataset: string;
  corrections: string;
  /** Left out to check a dataset that has no audit yet (a draft in another file). */
  audit?: string;
  /** data/relations.json; left out for a dataset that has none. */
  relations?: string;
}

export type ReleaseFile = keyof ReleaseTexts;

export interface ReleaseIssue extends DataIssue {
  file: ReleaseFile;
}

export interface ReleaseResult {
  /** The dataset when it passed everything. */
  dataset: Dataset | null;
  issues: ReleaseIssue[];
}

export function checkRelease(texts: ReleaseTexts, options: CheckOptions = {}): ReleaseResult {
  const tag = (file: ReleaseFile) => (issue: DataIssue) => ({ ...issue, file });
  const datasetJson = parseJson(texts.dataset, 'a JSON dataset');
  if (!datasetJson.ok) return { dataset: null, issues: [{ ...datasetJson.issue, file: 'dataset' }] };
  const raw = datasetJson.value;
  const checked = checkReleaseDataset(raw, options);
  const textual = [...textIssues(raw), ...idLengthIssues(raw), ...consistencyIssues(raw)];
  if (!checked.ok) return { dataset: null, issues: [...textual, ...withoutFollowOns(checked.issues, raw)].map(tag('dataset')) };
  if (textual.length > 0) return { dataset: null, issues: textual.map(tag('dataset')) };

  const issues: ReleaseIssue[] = [];
  const corrections = parseJson(texts.corrections, 'the JSON correction log');
  if (corrections.ok) issues.push(...checkCorrections(corrections.value, checked.dataset).map(tag('corrections')));
  else issues.push({ ...corrections.issue, file: 'corrections' });
  if (texts.audit !== undefined) {
    const audit = parseJson(texts.audit, 'the JSON audit');
    if (audit.ok) issues.push(...checkAudit(audit.value, checked.dataset).map(tag('audit')));
    else issues.push({ ...audit.issue, file: 'audit' });
  }
  if (texts.relations !== undefined) {
    const relations = parseJson(texts.relations, 'the JSON list of relations that ended');
    if (relations.ok)
      issues.push(...[...textIssues(relations.value), ...checkRelationsRelease(relations.value, checked.dataset, options)].map(tag('relations')));
    else issues.push({ ...relations.issue, file: 'relations' });
  }
  return { dataset: issues.length === 0 ? checked.dataset : null, issues };
}

/**
 * The relations file as a release: its own checks, and against the dataset: a country the dataset
 * knows is a country there, each is a shape the map draws, and the summaries are public text.
 */
function checkRelationsRelease(raw: unknown, dataset: Dataset, options: CheckOptions): DataIssue[] {
  const { relations, issues } = checkRelations(raw);
  if (!relations) return issues;
  const kinds = new Map(dataset.actors.map((actor) => [actor.id, actor.kind]));
  relations.relationsEnded.forEach((entry, index) => {
    const at = `relationsEnded[${index}]`;
    const kind = kinds.get(entry.country);
    if (kind !== undefined && kind !== 'country') issues.push({ location: `${at}.country`, message: `"${entry.country}" is a ${kind} in the dataset` });
    if (options.topologyIds && !options.topologyIds.has(entry.country))
      issues.push({ location: `${at}.country`, message: `"${entry.country}" is not a shape of the world topology` });
    for (const [suffix, text] of textParts(entry.summary)) {
      const about = maintainerTalk(text);
      if (about) issues.push({ location: `${at}.summary${suffix}`, message: publicTextMessage(about) });
    }
  });
  return issues;
}

/** The dataset alone under every rule a release must pass: the schema, integrity, the editorial rules. */
export function checkReleaseDataset(raw: unknown, options: CheckOptions = {}): CheckResult {
  return checkDatasetWith(raw, (data) => {
    const integrity = checkIntegrity(data);
    // The editorial rules read references as resolved: with broken ones, only those are reported.
    return integrity.length > 0 ? integrity : checkEditorial(data, options);
  });
}

function parseJson(text: string, what: string): { ok: true; value: unknown } | { ok: false; issue: DataIssue } {
  if (text.trim() === '') return { ok: false, issue: { location: '(file)', message: `is empty; expected ${what}` } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: { location: '(file)', message: `is not valid JSON (${detail.split('\n')[0]})` } };
  }
}
