/** A sentence that says what the map shows, announced politely when the filters change. */
import { useFilteredEdition } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';

export function MapSummary() {
  const view = useFilteredEdition();
  const t = useWords(coreWords);
  return (
    <p className="map-summary" aria-live="polite" aria-atomic="true">
      {view ? t('summary', { countries: view.matchingCountries, organisations: view.matchingOrganisations }) : ''}
    </p>
  );
}
