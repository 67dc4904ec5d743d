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
import type { Dataset } from './schema.ts';

export interface ReleaseTexts {
  dataset: string;
  corrections: string;
  /** Left out to check a dataset that has no audit yet (a draft in another file). */
  audit?: string;
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
  const checked = checkReleaseDataset(datasetJson.value, options);
  if (!checked.ok) return { dataset: null, issues: checked.issues.map(tag('dataset')) };

  const issues: ReleaseIssue[] = [];
  const corrections = parseJson(texts.corrections, 'the JSON correction log');
  if (corrections.ok) issues.push(...checkCorrections(corrections.value, checked.dataset).map(tag('corrections')));
  else issues.push({ ...corrections.issue, file: 'corrections' });
  if (texts.audit !== undefined) {
    const audit = parseJson(texts.audit, 'the JSON audit');
    if (audit.ok) issues.push(...checkAudit(audit.value, checked.dataset).map(tag('audit')));
    else issues.push({ ...audit.issue, file: 'audit' });
  }
  return { dataset: issues.length === 0 ? checked.dataset : null, issues };
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
