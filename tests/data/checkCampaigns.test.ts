/**
 * The rules across campaigns' files (src/data/checkCampaigns.ts): a shared act is one act, and the
 * same act in two files without a shared id is caught; totals across campaigns count a shared act once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCampaigns, countActs, type CampaignData } from '../../src/data/checkCampaigns.ts';
import type { Action, CampaignId, Dataset } from '../../src/data/schema.ts';
import { loadDataset } from '../support/renderWithStore.tsx';

const base = loadDataset();
const CAMPAIGNS: CampaignId[] = ['interpol', 'wha', 'icao', 'unfccc', 'unga'];

/** A copy of the fixture as `campaign`'s file, with `actions` (their sources are the fixture's first). */
function file(campaign: CampaignId, actions: Partial<Action>[]): CampaignData {
  const source = base.sources[0]!;
  const dataset: Dataset = {
    ...base,
    campaign,
    actions: actions.map((action, i) => ({
      id: `a${i}`,
      actor: 'USA',
      edition: 2024,
      type: 'executive',
      summary: { en: 'x' },
      sources: [source.id],
      evidence: 'stated',
      ...action,
    })) as Action[],
  };
  return { campaign, dataset };
}

const messages = (files: CampaignData[]) => checkCampaigns(files).map((issue) => `${issue.location}: ${issue.message}`);

describe('checkCampaigns', () => {
  it('accepts one act shared by three campaigns under one id', () => {
    const act = { actor: 'CZE', type: 'legislature' as const, date: '2025-04-29', shared: 'cze-2025-04-29', scope: 'international-organisations' as const };
    expect(messages([file('interpol', [act]), file('wha', [act]), file('unga', [act])])).toEqual([]);
  });

  it('rejects a shared statement counted twice: the same act in two files without a shared id', () => {
    const act = { actor: 'CZE', type: 'legislature' as const, date: '2025-04-29' };
    expect(messages([file('interpol', [act]), file('wha', [act])])).toEqual([
      `wha: actions[0].shared: the same act as interpol's actions[0] (CZE, legislature, 2025-04-29, the same source): give both the same "shared" id, or it is counted twice`,
    ]);
  });

  it('rejects a shared id held twice in one file, or by another actor, date or source', () => {
    const other = { ...base.sources[0]!, id: 'other-page', url: 'https://example.org/other' };
    const elsewhere = file('icao', [{ actor: 'JPN', date: '2025-09-23', shared: 'usa-2025-09-22', sources: ['other-page'] }]);
    elsewhere.dataset.sources = [...elsewhere.dataset.sources, other];
    const result = messages([
      file('unga', [
        { date: '2025-09-22', shared: 'usa-2025-09-22' },
        { date: '2025-09-22', shared: 'usa-2025-09-22', type: 'mission' },
      ]),
      elsewhere,
    ]);
    expect(result).toEqual([
      'unga: actions[1].shared: "usa-2025-09-22" is already an act of this campaign: one act is recorded once per campaign',
      `icao: actions[0].shared: "usa-2025-09-22" is USA's act in unga's actions[0], not JPN's`,
      `icao: actions[0].shared: "usa-2025-09-22" is dated 2025-09-22 in unga's actions[0], not 2025-09-23`,
      `icao: actions[0].shared: "usa-2025-09-22" cites no source that unga's actions[0] cites, and no day says it is the same act`,
    ]);
  });

  it('accepts a shared act reported by different pages when both give the same day', () => {
    const elsewhere = file('icao', [{ actor: 'CZE', type: 'legislature', scope: 'international-organisations', date: '2025-04-29', shared: 'cze-2025-04-29', sources: ['other-page'] }]);
    elsewhere.dataset.sources = [...elsewhere.dataset.sources, { ...base.sources[0]!, id: 'other-page', url: 'https://example.org/other' }];
    const here = file('interpol', [{ actor: 'CZE', type: 'legislature', scope: 'international-organisations', date: '2025-04-29', shared: 'cze-2025-04-29' }]);
    expect(messages([here, elsewhere])).toEqual([]);
    elsewhere.dataset.actions[0]!.date = '2025-04';
    expect(messages([here, elsewhere])).toEqual([
      `icao: actions[0].shared: "cze-2025-04-29" cites no source that interpol's actions[0] cites, and no day says it is the same act`,
    ]);
  });

  it('leaves alone two acts of one actor on one day that cite different pages, or that are undated', () => {
    const second = file('wha', [{ date: '2024-05-01', sources: ['other-page'] }, {}]);
    second.dataset.sources = [...second.dataset.sources, { ...base.sources[0]!, id: 'other-page', url: 'https://example.org/other' }];
    expect(messages([file('interpol', [{ date: '2024-05-01' }, {}]), second])).toEqual([]);
  });

  it('property: a total across campaigns counts each shared act once, whatever files hold it', () => {
    fc.assert(
      fc.property(
        // Each act: its own (null) or a shared id, and the campaigns that hold it.
        fc.array(fc.record({ shared: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), in: fc.subarray(CAMPAIGNS, { minLength: 1 }) }), {
          maxLength: 25,
        }),
        (acts) => {
          const byCampaign = new Map<CampaignId, Partial<Action>[]>(CAMPAIGNS.map((campaign) => [campaign, []]));
          const heldShared = new Map<number, Set<CampaignId>>();
          let distinct = 0;
          for (const act of acts) {
            if (act.shared === null) {
              // An act of its own: one act per campaign that holds it (different acts, different days).
              for (const campaign of act.in) byCampaign.get(campaign)!.push({ date: `2024-0${1 + (distinct % 9)}` });
              distinct += act.in.length;
              continue;
            }
            const held = heldShared.get(act.shared) ?? new Set<CampaignId>();
            for (const campaign of act.in) {
              if (held.has(campaign)) continue;
              held.add(campaign);
              byCampaign.get(campaign)!.push({ actor: 'CZE', date: '2025-04-29', shared: `cze-${act.shared}` });
            }
            heldShared.set(act.shared, held);
          }
          const files = CAMPAIGNS.map((campaign) => file(campaign, byCampaign.get(campaign)!));
          const held = files.reduce((sum, f) => sum + f.dataset.actions.length, 0);
          expect(countActs(files)).toBe(distinct + heldShared.size);
          expect(countActs(files)).toBeLessThanOrEqual(held);
        },
      ),
    );
  });
});
