/**
 * The controls and lists beside the map: the support-type filters (a sheet on phones), the choice
 * of an Assembly to compare with, and the organisations, places and groups. A chunk of its own, fetched as the page starts (App): the map
 * is drawn without waiting for it.
 */
import { Region } from '../common/Region.tsx';
import { CompareChooser } from '../compare/CompareChooser.tsx';
import { OrganisationList } from '../map/OrganisationList.tsx';
import { FilterSheet } from './FilterSheet.tsx';
import { Filters } from './Filters.tsx';

export function AsideControls() {
  return (
    <>
      <FilterSheet>
        <Region name="filters">
          <Filters />
        </Region>
      </FilterSheet>
      <Region name="comparison">
        <CompareChooser />
      </Region>
      <Region name="organisations">
        <OrganisationList />
      </Region>
    </>
  );
}
