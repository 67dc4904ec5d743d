// @vitest-environment node
/**
 * With an edition's part in hand (the page's first data), the view model answers only the views
 * that part can answer; any other view is "loading" until the whole file is in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionPart } from '../../src/data/editionPart.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { mapGeometry } from '../../src/map/geometry.ts';
import {
  partCovers,
  selectEditionYear,
  selectHoldsPart,
  selectIndex,
  selectLoading,
  selectNeedsWholeFile,
  selectWholeIndex,
} from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { parseUrlState } from '../../src/state/urlCodec.ts';

const dataset = JSON.parse(readFileSync(resolve(process.cwd(), 'data/dataset.json'), 'utf8')) as Dataset;
const whole = createDatasetIndex(dataset);
const latest = whole.latestListedYear!;
const part = createDatasetIndex(editionPart(dataset, latest));
const geometry = mapGeometry([]);

const storeAt = (search: string, index = part) => {
  const store = createAppStore(parseUrlState(search).state);
  store.getState().setLoad({ status: 'ready', index, geometry });
  return store.getState();
};

describe('partCovers', () => {
  it('the part answers its own edition on the map or in the table, asked for or by default', () => {
    for (const search of ['', '?view=table', `?edition=${latest}`, '?types=media', '?match=all'])
      expect(partCovers(part, parseUrlState(search).state), search).toBe(true);
  });

  it('not another edition, a comparison, a panel, the years or the bodies', () => {
    for (const search of ['?edition=2019', `?compare=${latest - 1}`, '?country=USA', '?view=years', '?view=bodies'])
      expect(partCovers(part, parseUrlState(search).state), search).toBe(false);
  });

  it('the whole file answers every view', () => {
    expect(part.part).toBe(latest);
    expect(whole.part).toBeNull();
    for (const search of ['?edition=2019', '?country=USA', '?view=years'])
      expect(partCovers(whole, parseUrlState(search).state)).toBe(true);
  });
});

describe('the selectors with a part in hand', () => {
  it("a view it answers: the part's index, not loading, the whole file wanted in idle time only", () => {
    const state = storeAt('?view=table');
    expect(selectIndex(state)).toBe(part);
    expect(selectEditionYear(state)).toBe(latest);
    expect(selectLoading(state)).toBe(false);
    expect(selectHoldsPart(state)).toBe(true);
    expect(selectNeedsWholeFile(state)).toBe(false);
    // The downloads and the correction log never read a part as the record.
    expect(selectWholeIndex(state)).toBeNull();
  });

  it('a view it does not answer: no index (so no wrong, empty year is drawn), loading, the whole file wanted now', () => {
    const state = storeAt('?edition=2019');
    expect(selectIndex(state)).toBeNull();
    expect(selectEditionYear(state)).toBeNull();
    expect(selectLoading(state)).toBe(true);
    expect(selectNeedsWholeFile(state)).toBe(true);
  });

  it('the whole file: every view, nothing more wanted', () => {
    const state = storeAt('?edition=2019&country=USA', whole);
    expect(selectIndex(state)).toBe(whole);
    expect(selectWholeIndex(state)).toBe(whole);
    expect(selectLoading(state)).toBe(false);
    expect(selectHoldsPart(state)).toBe(false);
    expect(selectNeedsWholeFile(state)).toBe(false);
  });
});
