// @vitest-environment node
/**
 * Pins the corrections of data version 1.0.1 ("Data truth, round two"). Each expectation is
 * written from what the sources say, not read back from the data:
 * - the 2024 release (No. 410, and its English translation) speaks of the G7 summits' joint
 *   communiqués and of *chair statements* after the foreign ministers' meetings; a chair's
 *   statement is the chair's own text, so no member government made or endorsed it;
 * - the 2023 release speaks of a communiqué and joint statement issued by the G7 foreign ministers
 *   and the EU High Representative, and the 2025 release of a joint statement of the same: joint
 *   texts, issued by every member's minister, but no source names the members;
 * - the Guatemalan police chief's video is the ministry's video of 11 Oct 2019 (Up Media), which
 *   the only 2021 report (Republic World) describes while mixing 2019 and 2021;
 * - Taiwan Info's French report was stored at an address ending in a template placeholder.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAudit } from '../../src/data/checkAudit.ts';
import { checkReleaseDataset } from '../../src/data/checkRelease.ts';
import { formatIssue } from '../../src/data/dataIssue.ts';
import type { Action, CorrectionsFile, Dataset } from '../../src/data/schema.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8'));
const data = readJson('data/dataset.json') as Dataset;
const audit = readJson('data/audit.json');
const { corrections } = readJson('data/corrections.json') as CorrectionsFile;
const G7_MEMBERS = ['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA'];
const textOf = (a: Action) => [a.summary.en, a.summary['zh-TW'] ?? '', a.by?.en ?? '', a.by?.['zh-TW'] ?? '', a.inference?.en ?? ''].join(' | ');
const g7Members = (year: number) => data.actions.filter((a) => a.edition === year && a.via === 'g7');
const sourceIds = new Set(data.sources.map((s) => s.id));

describe('G7 texts in data/dataset.json', () => {
  it('no 2024 action says a G7 member endorsed, made or joined the chair\'s statement', () => {
    const members2024 = data.actions.filter((a) => a.edition === 2024 && G7_MEMBERS.includes(a.actor));
    // 主席 alone is also INTERPOL's president; 主席聲明 is the chair's statement.
    expect(members2024.filter((a) => /\bchair\b|chair's/i.test(textOf(a)) || /主席聲明/.test(textOf(a))).map((a) => a.id)).toEqual([]);
  });

  it('the G7 itself keeps the 2024 chair\'s statement, named as the statement issued after the Foreign Ministers\' Meeting', () => {
    const chair = data.actions.filter((a) => a.edition === 2024 && a.actor === 'g7' && /chair's statement/i.test(a.summary.en));
    expect(chair).toHaveLength(1);
    expect(chair[0]!.summary.en).toMatch(/issued after the G7 Foreign Ministers' Meeting/);
    expect(chair[0]!.by?.en).not.toMatch(/foreign ministers \(/i);
  });

  it('each G7 member keeps exactly one inferred 2024 action, for the summit communiqué the leaders issued together', () => {
    const members = g7Members(2024);
    expect(members.map((a) => a.actor).sort()).toEqual(G7_MEMBERS);
    for (const a of members) {
      expect(a.evidence, a.id).toBe('inferred');
      expect(a.summary.en, a.id).toMatch(/summit communiqué/);
    }
  });

  it.each([2023, 2024, 2025])('no %i G7 member action says the member endorsed a G7 text', (year) => {
    expect(g7Members(year).filter((a) => /endorse/i.test(textOf(a)) || /背書/.test(textOf(a))).map((a) => a.id)).toEqual([]);
  });

  it.each([2023, 2025])('the %i G7 member actions describe a joint text of the foreign ministers and say why they are inferred', (year) => {
    const members = g7Members(year);
    expect(members.map((a) => a.actor).sort()).toEqual(G7_MEMBERS);
    for (const a of members) {
      expect(a.summary.en, a.id).toMatch(/foreign ministers who.*issued the (communiqué and )?joint statement/);
      expect(a.inference?.en, a.id).toMatch(/issued jointly/);
      expect(a.inference?.['zh-TW'], a.id).toBeTruthy();
    }
  });
});

describe('2021 and the Guatemalan police video', () => {
  it('no 2021 action for Guatemala exists, and none rests on Republic World alone', () => {
    expect(data.actions.filter((a) => a.edition === 2021 && a.actor === 'GTM').map((a) => a.id)).toEqual([]);
    const alone = data.actions.filter((a) => a.sources.length === 1 && /republicworld/.test(a.sources[0]!));
    expect(alone.map((a) => a.id)).toEqual([]);
  });

  it('the video stays recorded for 2019, cited to release No. 255 and the Up Media report of the October 2019 video', () => {
    const video = data.actions.filter((a) => a.edition === 2019 && a.actor === 'GTM' && /video/i.test(a.summary.en));
    expect(video).toHaveLength(1);
    expect(video[0]!.sources).toEqual(expect.arrayContaining(['mofa-2019-255', 'upmedia-2019-10']));
  });

  it('no weak source stands alone: the Australian senator of 2021 (an unattributed repost) is gone', () => {
    expect(data.actions.filter((a) => a.edition === 2021 && a.actor === 'AUS' && a.type === 'legislators')).toEqual([]);
    expect(data.sources.some((s) => /breakinglatest/.test(s.url))).toBe(false);
  });
});

describe('sources of data/dataset.json', () => {
  it('no source URL contains a template placeholder or the damaged Taiwan Today address', () => {
    expect(data.sources.filter((s) => s.url.includes('{{') || s.url.includes('}}')).map((s) => s.id)).toEqual([]);
    expect(data.sources.filter((s) => /unit3d2/.test(s.url)).map((s) => s.id)).toEqual([]);
  });

  it('no source or release title starts with "[", and each has a title or a description, never both', () => {
    const titled = [...data.sources, ...data.editions.flatMap((e) => (e.release ? [e.release] : []))];
    expect(titled.filter((s) => s.title?.startsWith('['))).toEqual([]);
    expect(titled.filter((s) => (s.title === undefined) === (s.description === undefined))).toEqual([]);
  });

  it('the EPP Group page carries the title printed on the page, not one made from its address', () => {
    const epp = data.sources.find((s) => s.url.includes('eppgroup.eu'));
    expect(epp?.title).toBe("Taiwan dovrebbe partecipare all'OMS, all'Interpol e ai colloqui sul clima delle Nazioni Unite");
  });

  it('the Dragon Plus Insight page is described as a translation of release No. 410 by its publisher, on 13 Nov 2024', () => {
    const translation = data.sources.find((s) => s.url.startsWith('https://dragonplusinsight.com/'));
    expect(translation?.publisher).toBe('Dragon Plus Insight');
    expect(translation?.date).toBe('2024-11-13');
    expect(translation?.note).toMatch(/translation of MOFA release No\. 410/);
  });

  it('every source is cited somewhere, and every correction cites known sources', () => {
    const cited = new Set([
      ...data.actions.flatMap((a) => a.sources),
      ...data.groups.flatMap((g) => g.sources),
      ...data.editions.flatMap((e) => [...(e.release ? [e.release.source] : []), ...(e.figures ?? []).flatMap((f) => f.sources)]),
    ]);
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    expect(corrections.flatMap((c) => c.sources).filter((id) => !sourceIds.has(id))).toEqual([]);
  });
});

describe('actors and headline figures', () => {
  it('Somaliland is a place (no ISO 3166-1 code), not an organisation', () => {
    const somaliland = data.actors.find((a) => a.name.en === 'Somaliland');
    expect(somaliland?.kind).toBe('place');
    expect(somaliland?.id).not.toMatch(/^[A-Z]{3}$/);
  });

  it('2019 gives no country total: Taiwan Today\'s 14 counts officials and legislatures only, while letters and posts name 16 countries', () => {
    expect(data.editions.find((e) => e.year === 2019)?.claim?.countries).toBeUndefined();
  });
});

describe('the correction log and the audit', () => {
  it('version 1.0.1 of 2026-11-30 carries every correction (1.1.0 adds data/relations.json, 1.2.0 shared ids), and each removed action is logged', () => {
    expect(data.version).toBe('1.2.0');
    expect(data.updated).toBe('2026-11-30');
    const removed = new Set(corrections.filter((c) => c.change === 'removed').map((c) => c.target));
    const expectedRemoved = ['2021-gtm-executive', '2021-aus-legislators', ...G7_MEMBERS.map((m) => `2024-${m.toLowerCase()}-executive-2`)];
    expect(expectedRemoved.filter((id) => !removed.has(id))).toEqual([]);
    expect(expectedRemoved.filter((id) => data.actions.some((a) => a.id === id))).toEqual([]);
    expect(corrections.every((c) => c.version === '1.0.1' && c.date === '2026-11-30')).toBe(true);
  });

  it('data/dataset.json passes the validator, and data/audit.json holds one supporting record per action', () => {
    const result = checkReleaseDataset(data);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(checkAudit(audit, data).map(formatIssue)).toEqual([]);
  });
});
