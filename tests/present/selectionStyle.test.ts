import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS } from '../../src/data/vocabulary.ts';
import type { SupportTypeId } from '../../src/data/schema.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { computeEditionSupport, filterEdition, MATCHES } from '../../src/filters/filterEdition.ts';
import { supporterFills } from '../../src/present/legend.ts';
import { selectionScopeClasses, selectionStylesheet, supporterClasses } from '../../src/present/selectionStyle.ts';
import { loadDataset, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';
import { paintedFill, targetShown } from '../support/selectionStyle.ts';

const problem = realDatasetProblem();

/** Every subset of the six types, the empty one included. */
const SELECTIONS: SupportTypeId[][] = Array.from({ length: 2 ** SUPPORT_TYPE_IDS.length }, (_, bits) =>
  SUPPORT_TYPE_IDS.filter((_, i) => bits & (1 << i)),
);

describe('the selection stylesheet', () => {
  it('src/ui/map/mapSelection.css is what selectionStyle.ts generates (npm run build:css)', () => {
    expect(readFileSync(resolve(process.cwd(), 'src/ui/map/mapSelection.css'), 'utf8')).toBe(selectionStylesheet());
  });

  it.skipIf(problem !== null)(
    'colours and shows exactly what supporterFills does, for every edition, selection, match and theme',
    () => {
      const index = createDatasetIndex(loadDataset(REAL_DATASET));
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const scope = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      svg.append(scope);
      document.body.append(svg);
      let compared = 0;
      let coloured = 0;
      for (const year of index.years) {
        const edition = computeEditionSupport(index, year);
        const painted = [...edition.actors].filter(([, actor]) => actor.kind === 'country' || actor.kind === 'territory');
        const shapes = painted.map(([id, actor]) => {
          const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          path.setAttribute('class', `map__country ${supporterClasses(actor.types)}`);
          const target = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          target.setAttribute('class', `map__target ${supporterClasses(actor.types)}`);
          return { id, path, target };
        });
        scope.replaceChildren(...shapes.flatMap(({ path, target }) => [path, target]));
        for (const scheme of ['light', 'dark'] as const)
          for (const match of MATCHES)
            for (const selected of SELECTIONS) {
              scope.setAttribute('class', selectionScopeClasses(selected, match, scheme));
              const expected = supporterFills(filterEdition(index, year, selected, match, edition), scheme);
              for (const { id, path, target } of shapes) {
                expect([id, paintedFill(path)]).toEqual([id, expected.get(id) ?? null]);
                expect([id, targetShown(target)]).toEqual([id, expected.has(id)]);
                compared += 1;
                if (expected.has(id)) coloured += 1;
              }
            }
      }
      svg.remove();
      // The comparison covered both colours and land (not a vacuous pass).
      expect(coloured).toBeGreaterThan(1000);
      expect(compared - coloured).toBeGreaterThan(1000);
    },
    60_000,
  );
});
