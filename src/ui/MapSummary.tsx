/** A sentence that says what the map shows, announced politely when the filters change. */
import { useEditionView, useT } from './derived.ts';

export function MapSummary() {
  const view = useEditionView();
  const t = useT();
  return (
    <p className="map-summary" aria-live="polite" aria-atomic="true">
      {view ? t('summary', { countries: view.matchingCountries, organisations: view.matchingOrganisations }) : ''}
    </p>
  );
}
