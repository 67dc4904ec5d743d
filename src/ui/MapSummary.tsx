/** A sentence that says what the map shows, announced politely when the filters change. */
import { useMatchingCounts, useT } from './derived.ts';

export function MapSummary() {
  const counts = useMatchingCounts();
  const t = useT();
  return (
    <p className="map-summary" aria-live="polite" aria-atomic="true">
      {counts ? t('summary', counts) : ''}
    </p>
  );
}
