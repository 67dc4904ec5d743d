/**
 * One year across every body the map covers: for each country, the bodies at whose meeting that
 * year the sources name it backing Taiwan (any type). Bodies that met without a list, or did not
 * meet, are not counted in, and the legend says how many had a list. Pure: the page's map and legend
 * and the tests read it.
 */
import { CAMPAIGN_IDS, SUPPORT_TYPE_IDS, type CampaignId } from '../data/vocabulary.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import { filterEdition, isPainted } from '../filters/filterEdition.ts';
import { levelColor, type ColorScheme } from '../map/colorScale.ts';

export interface AcrossBodies {
  year: number;
  /** The bodies with a list of supporters that year, in the vocabulary's order. */
  listed: CampaignId[];
  /** Each country or territory named that year by at least one body, with those bodies. */
  bodiesOf: ReadonlyMap<string, readonly CampaignId[]>;
}

export function acrossBodies(indexes: Readonly<Partial<Record<CampaignId, DatasetIndex>>>, year: number): AcrossBodies {
  const listed: CampaignId[] = [];
  const bodiesOf = new Map<string, CampaignId[]>();
  for (const campaign of CAMPAIGN_IDS) {
    const index = indexes[campaign];
    if (!index || index.editionsByYear.get(year)?.listStatus !== 'listed') continue;
    listed.push(campaign);
    for (const support of filterEdition(index, year, SUPPORT_TYPE_IDS, 'any').matching) {
      if (!isPainted(support.kind)) continue;
      const bodies = bodiesOf.get(support.id) ?? [];
      bodies.push(campaign);
      bodiesOf.set(support.id, bodies);
    }
  }
  return { year, listed, bodiesOf };
}

/** The map's four levels: one body, two, three, four or more (of five). */
export const ACROSS_BODIES_STEPS = [
  { level: 1, from: 1, to: 1 },
  { level: 2, from: 2, to: 2 },
  { level: 3, from: 3, to: 3 },
  { level: 4, from: 4, to: 5 },
] as const;

export function acrossBodiesLevel(count: number): number {
  return ACROSS_BODIES_STEPS.find((step) => count >= step.from && count <= step.to)?.level ?? 0;
}

/** The fill of every country named by at least one body, as the map's levels colour support. */
export function acrossBodiesFills(view: AcrossBodies, scheme: ColorScheme): Map<string, string> {
  const fills = new Map<string, string>();
  for (const [id, bodies] of view.bodiesOf) {
    const color = levelColor(acrossBodiesLevel(bodies.length), scheme);
    if (color) fills.set(id, color);
  }
  return fills;
}

/** How many countries each legend step holds. */
export function acrossBodiesCounts(view: AcrossBodies): number[] {
  const counts = ACROSS_BODIES_STEPS.map(() => 0);
  for (const bodies of view.bodiesOf.values()) {
    const level = acrossBodiesLevel(bodies.length);
    if (level > 0) counts[level - 1]! += 1;
  }
  return counts;
}
