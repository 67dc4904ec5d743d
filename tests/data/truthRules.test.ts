// @vitest-environment node
/**
 * The rules of truth, each on a broken copy of the minimal fixture: the exact line the validator
 * prints is expected, so a rule that stops reporting (or reports elsewhere) fails its test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReleaseDataset } from '../../src/data/checkRelease.ts';
import { formatIssue } from '../../src/data/dataIssue.ts';
import { checkAudit } from '../../src/data/checkAudit.ts';
import { checkCorrections } from '../../src/data/checkCorrections.ts';
import type { Dataset } from '../../src/data/schema.ts';

const fixture = () => JSON.parse(readFileSync(new URL('../fixtures/minimal-dataset.json', import.meta.url), 'utf8'));
const lines = (raw: unknown) => {
  const result = checkReleaseDataset(raw);
  return result.ok ? [] : result.issues.map(formatIssue);
};
const PUBLIC = "is public text and must not speak of the research behind the data; move maintainers' notes to data/README.md";

/** An audit of the minimal fixture in which every action is supported by its first source. */
function fullAudit(data: Dataset) {
  return {
    checked: '2026-11-29',
    records: data.actions.map((action) => ({
      action: action.id,
      checks: [{ source: action.sources[0], supports: 'yes', where: 'para 1', finding: 'Says so.' }],
    })),
  };
}
const auditLines = (audit: unknown, data = fixture() as Dataset) => checkAudit(audit, data).map(formatIssue);

describe('checkAudit(audit, minimal fixture)', () => {
  it('accepts an audit with one supporting record per action', () => {
    expect(auditLines(fullAudit(fixture()))).toEqual([]);
  });

  it('reports an action without an audit record', () => {
    const audit = fullAudit(fixture());
    audit.records.splice(1, 1);
    expect(auditLines(audit)).toEqual(['actions[1]: "2024-g7-executive" has no audit record in audit.records']);
  });

  it('reports a record naming a source the action does not cite', () => {
    const audit = fullAudit(fixture());
    audit.records[0]!.checks[0]!.source = 'news';
    expect(auditLines(audit)).toContain(
      'audit.records[0].checks[0].source: "news" is not a source of action "2024-blz-delegation" (it cites release)',
    );
  });

  it('reports a record naming an unknown action', () => {
    const audit = fullAudit(fixture());
    audit.records.push({ action: '2024-xyz-media', checks: [{ source: 'release', supports: 'yes', where: 'p', finding: 'f' }] });
    expect(auditLines(audit)).toEqual(['audit.records[4].action: unknown action "2024-xyz-media"']);
  });

  it('reports a record whose only check could not be read', () => {
    const audit = fullAudit(fixture());
    audit.records[0]!.checks[0]!.supports = 'unread';
    expect(auditLines(audit)).toEqual([
      'audit.records[0].checks: no cited source of "2024-blz-delegation" was found to support it (every check is unread or names another source)',
    ]);
  });

  it('reports a finding that quotes instead of paraphrasing', () => {
    const audit = fullAudit(fixture());
    audit.records[0]!.checks[0]!.finding = 'It says "one two three four five six seven eight nine ten eleven twelve thirteen".';
    expect(auditLines(audit)).toEqual(['audit.records[0].checks[0].finding: quotes more than 12 words; paraphrase the source instead']);
  });

  it('reports a malformed audit at its place', () => {
    expect(auditLines({ checked: '2026-11-29', records: [{ action: 'x', checks: [] }] })).toEqual([
      'audit.records[0].checks: must hold at least one check',
    ]);
  });
});

type Mutation = [rule: string, mutate: (d: any) => void, expected: string];

const brokenFixtures: Mutation[] = [
  ['a source note that speaks of the research', (d) => (d.sources[0].note = 'Listed as http:// in the research'), `sources[0].note: ${PUBLIC}`],
  ['an edition note about a stored copy', (d) => (d.editions[1].note = { en: 'The stored copy stops early.' }), "editions[1].note.en: is public text and must not speak of copies of pages and whether they could be read; move maintainers' notes to data/README.md"],
  ['a summary naming the seed translation', (d) => (d.actions[0].summary = { en: 'Recorded a video (seed translation).' }), "actions[0].summary.en: is public text and must not speak of the project's input file; move maintainers' notes to data/README.md"],
  ['an inference in Chinese about the research report', (d) => (d.actions[2].inference = { en: 'Adopted jointly.', 'zh-TW': '研究報告的推論。' }), `actions[2].inference.zh-TW: ${PUBLIC}`],
  ['a group description calling itself ground truth', (d) => (d.groups[0].description = { en: 'Allies wrote (ground truth).' }), "groups[0].description.en: is public text and must not speak of the project's working material; move maintainers' notes to data/README.md"],
  ['an inferred action without a reason', (d) => delete d.actions[2].inference, 'actions[2].inference: an inferred action must say why it was inferred'],
  ['a source title in square brackets', (d) => (d.sources[1].title = '[A report about something]'), 'sources[1].title: must be the page\'s real title; a bracketed description belongs in "description"'],
  ['a release title in square brackets', (d) => (d.editions[0].release.title = '[MOFA release No. 410]'), 'editions[0].release.title: must be the page\'s real title; a bracketed description belongs in "description"'],
  ['a source with both a title and a description', (d) => (d.sources[1].description = { en: 'A report' }), 'sources[1]: has both a title and a description; keep the real title, or only the description when the title is unknown'],
  ['a source with neither title nor description', (d) => delete d.sources[1].title, 'sources[1]: needs either its real title or a description of the page'],
  ['a release with neither title nor description', (d) => delete d.editions[0].release.title, 'editions[0].release: needs either its real title or a description of the page'],
  [
    'a group expanded into an inferred member citing only the group\'s sources',
    (d) => d.actions.push({ id: '2024-blz-executive', actor: 'BLZ', edition: 2024, type: 'executive', summary: { en: 'Wrote to INTERPOL.' }, sources: ['release'], evidence: 'inferred', inference: { en: 'Allies wrote; Belize is an ally.' } }),
    'actions[4]: reads as one of the unnamed members of group "2024-group-allies"; keep the group, or cite a source that names BLZ',
  ],
  [
    'a country group expanded by a summary that claims membership',
    (d) => d.actions.push({ id: '2024-usa-legislature-2', actor: 'USA', edition: 2024, type: 'legislature', scope: 'unknown', summary: { en: 'One of the 16 state legislatures that passed resolutions.' }, sources: ['news', 'release'], evidence: 'stated' }),
    'actions[4]: reads as one of the unnamed members of group "2024-group-usa-states"; keep the group, or cite a source that names USA',
  ],
];

const brokenCorrections: [rule: string, entry: ReturnType<typeof correction>, expected: string][] = [
  ['a correction whose target does not exist', correction({ target: '2024-nobody' }), 'corrections[0].target: "2024-nobody" is not an action, source, group, actor or edition of the dataset'],
  ['a correction from a later version', correction({ version: '1.1.0' }), 'corrections[0].version: 1.1.0 is later than the dataset\'s version 1.0.0'],
  ['a correction citing an unknown source', correction({ sources: ['nowhere'] }), 'corrections[0].sources[0]: unknown source "nowhere"'],
  ['a correction dated after the dataset', correction({ date: '2026-12-01' }), 'corrections[0].date: 2026-12-01 is after the dataset\'s date 2026-11-29'],
  ['a correction on a day that does not exist', correction({ date: '2026-02-30' }), 'corrections[0].date: "2026-02-30" is not a real date'],
  ['a correction that speaks of the research', correction({ why: { en: 'The research brief said so.', 'zh-TW': '來源如此記載。' } }), 'corrections[0].why.en: ' + PUBLIC],
];

function correction(over: Record<string, unknown>) {
  return {
    id: 'c-2026-11-29-test',
    date: '2026-11-29',
    version: '1.0.0',
    change: 'corrected',
    target: '2024-blz-delegation',
    what: { en: 'Reworded.', 'zh-TW': '改寫。' },
    why: { en: 'The source says so.', 'zh-TW': '來源如此記載。' },
    sources: ['release'],
    ...over,
  };
}

describe('checkCorrections(log, minimal fixture)', () => {
  const correctionLines = (entry: unknown) => checkCorrections({ corrections: [entry] }, fixture() as Dataset).map(formatIssue);

  it.each(brokenCorrections)('reports %s', (_rule, entry, expected) => {
    expect(correctionLines(entry)).toContain(expected);
  });

  it('reports a correction id used twice, with the place of its first use', () => {
    const entry = correction({ change: 'removed', target: '2024-gone-executive' });
    const lines = checkCorrections({ corrections: [entry, entry] }, fixture() as Dataset).map(formatIssue);
    expect(lines).toEqual([`corrections[1].id: duplicate id "${entry.id}" (also at corrections[0])`]);
  });

  it('accepts a correction whose removed target no longer exists', () => {
    expect(correctionLines(correction({ change: 'removed', target: '2024-gone-executive' }))).toEqual([]);
  });
});

describe('checkReleaseDataset(minimal fixture) and the rules of truth', () => {
  it.each(brokenFixtures)('reports %s', (_rule, mutate, expected) => {
    const data = fixture();
    mutate(data);
    expect(lines(data)).toContain(expected);
  });


  it('accepts real facts that merely contain the flagged words ("scientific research", "seed funding")', () => {
    const data = fixture();
    data.actions[3].summary = { en: 'The resolution backs scientific research and seed funding for start-ups.' };
    expect(lines(data)).toEqual([]);
  });

  it('accepts a named supporter that is also counted in a group (stated, citing a source the group does not)', () => {
    const data = fixture();
    data.actions.push({ id: '2024-blz-executive', actor: 'BLZ', edition: 2024, type: 'executive', summary: { en: 'Wrote to INTERPOL.' }, sources: ['release', 'news'], evidence: 'stated' });
    expect(lines(data)).toEqual([]);
  });
});

describe('npm run validate-data with an audit', () => {
  it('exits 1 and prints audit.records[…] lines when a record names a source the action does not cite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const data = fixture();
    // A release has an edition for every year: the fixture's year without an Assembly becomes 2023.
    data.editions.find((edition: { year: number }) => edition.year === 2020).year = 2023;
    // The CLI checks against the shipped topology: use codes it draws.
    const audit = fullAudit(data);
    audit.records[3]!.checks[0]!.source = 'release';
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(data));
    writeFileSync(join(dir, 'audit.json'), JSON.stringify(audit));
    let out = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', resolve(process.cwd(), 'scripts/validate-data.ts'), join(dir, 'dataset.json'), '--audit', join(dir, 'audit.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      out = e.stdout;
    }
    expect(status).toBe(1);
    expect(out).toContain('audit.records[3].checks[0].source: "release" is not a source of action "2024-usa-legislature" (it cites news)');
  }, 30_000);
});
