/** A sentence that says what the map shows, announced politely when the filters change. */
import { coreWords } from '../../i18n/words/core.ts';
import { matchingText } from '../../present/counts.ts';
import { useWords } from '../common/useWords.ts';
import { useTrailingFilteredEdition, useLang, useNameOf } from '../common/viewHooks.ts';

export function MapSummary() {
  const view = useTrailingFilteredEdition();
  const t = useWords(coreWords);
  const nameOf = useNameOf();
  const lang = useLang();
  return (
    <p className="map-summary" aria-live="polite" aria-atomic="true">
      {view ? t('summary', { counts: matchingText(view, nameOf, lang, t) }) : ''}
    </p>
  );
}
