/** One year across the bodies (src/present/acrossBodies.ts), on the real data of every campaign. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReleaseDataset } from '../../src/data/checkRelease.ts';
import type { CampaignId, Dataset } from '../../src/data/schema.ts';
import { CAMPAIGN_IDS, SUPPORT_TYPE_IDS } from '../../src/data/vocabulary.ts';
import { createDatasetIndex, type DatasetIndex } from '../../src/filters/datasetIndex.ts';
import { filterEdition } from '../../src/filters/filterEdition.ts';
import { acrossBodies, acrossBodiesCounts, acrossBodiesFills, acrossBodiesLevel } from '../../src/present/acrossBodies.ts';

const indexes: Partial<Record<CampaignId, DatasetIndex>> = {};
for (const campaign of CAMPAIGN_IDS) {
  const path = resolve(import.meta.dirname, '../../data', campaign === 'interpol' ? 'dataset.json' : `campaigns/${campaign}/dataset.json`);
  const checked = checkReleaseDataset(JSON.parse(readFileSync(path, 'utf8')) as Dataset);
  if (checked.ok) indexes[campaign] = createDatasetIndex(checked.dataset);
}

describe('acrossBodies', () => {
  it('reads every campaign’s data', () => {
    expect(Object.keys(indexes).sort()).toEqual([...CAMPAIGN_IDS].sort());
  });

  it.each([2016, 2019, 2020, 2022, 2024, 2025])(
    '%i: each country’s bodies are exactly those whose edition of that year names it',
    (year) => {
      const view = acrossBodies(indexes, year);
      for (const campaign of CAMPAIGN_IDS) {
        const index = indexes[campaign]!;
        const listed = index.editionsByYear.get(year)?.listStatus === 'listed';
        expect(view.listed.includes(campaign), campaign).toBe(listed);
        if (!listed) continue;
        const named = new Set(
          filterEdition(index, year, SUPPORT_TYPE_IDS, 'any')
            .matching.filter((s) => s.kind === 'country' || s.kind === 'territory')
            .map((s) => s.id),
        );
        for (const [id, bodies] of view.bodiesOf) expect(bodies.includes(campaign), `${id} ${campaign}`).toBe(named.has(id));
        for (const id of named) expect(view.bodiesOf.has(id)).toBe(true);
      }
      // The legend's steps hold every country once, and the map paints each of them.
      const counts = acrossBodiesCounts(view);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(view.bodiesOf.size);
      expect(acrossBodiesFills(view, 'light').size).toBe(view.bodiesOf.size);
    },
  );

  it('levels: one, two, three, four or more bodies; none is no level', () => {
    expect([0, 1, 2, 3, 4, 5].map(acrossBodiesLevel)).toEqual([0, 1, 2, 3, 4, 4]);
  });
});
