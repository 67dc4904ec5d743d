/** Organisations and places without an ISO code are listed beside the map, each as what it is. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrganisationList } from '../../../src/ui/map/OrganisationList.tsx';
import { loadDataset, REAL_DATASET, realDatasetProblem, renderWithStore } from '../../support/renderWithStore.tsx';

describe.skipIf(realDatasetProblem() !== null)('OrganisationList', () => {
  it.each([
    ['en', 'Organisations', 'Places without an ISO code', 'Somaliland'],
    ['zh-TW', '組織', '無ISO代碼的地區', '索馬利蘭'],
  ])(
    'OrganisationList with ?edition=2021&lang=%s lists Somaliland under places, not among the organisations',
    (lang, organisations, places, somaliland) => {
      renderWithStore(<OrganisationList />, { search: `?edition=2021&lang=${lang}`, dataset: loadDataset(REAL_DATASET) });
      const section = screen.getByRole('region', { name: organisations });
      const lists = within(section).getAllByRole('list');
      const [orgList] = lists;
      expect(within(orgList!).queryByRole('button', { name: somaliland })).toBeNull();
      const placesHeading = within(section).getByRole('heading', { name: places });
      const placesList = placesHeading.nextElementSibling as HTMLElement;
      expect(within(placesList).getByRole('button', { name: somaliland })).toBeTruthy();
    },
  );
});
