/**
 * What the map says when it has nothing to colour, on the map itself: a year without a list or
 * without an Assembly says so (no legend of zeros), and filters that match no country say what to
 * do. It reads the filtered edition itself, so that the map around it does not have to.
 */
import { SUPPORT_TYPE_IDS } from '../../data/vocabulary.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { laterWords } from '../../i18n/words/later.ts';
import { mapWords } from '../../i18n/words/map.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import { useWords } from '../common/useWords.ts';
import { useDatasetIndex, useTrailingFilteredEdition } from '../common/viewHooks.ts';

const words = { ...coreWords, ...laterWords, ...mapWords };

export function MapNotice() {
  const index = useDatasetIndex();
  const view = useTrailingFilteredEdition();
  const t = useWords(words);
  const { setTypes } = useAppActions();
  if (!index || !view) return null;
  const year = String(view.year);
  const status = index.editionsByYear.get(view.year)?.listStatus;
  let message: string | null = null;
  let action = false;
  if (status === 'no-assembly') message = t('mapNoAssembly', { year });
  else if (status === 'no-list') message = t('mapNoList', { year });
  else if (view.selected.length === 0) [message, action] = [t('noTypeSelected'), true];
  else if (view.matching.length === 0) [message, action] = [t('noMatch', { year }), true];
  if (message === null) return null;
  return (
    <div className="map-notice" role="status">
      <p className="map-notice__text">{message}</p>
      {action && (
        <button type="button" className="map-notice__action" onClick={() => setTypes(SUPPORT_TYPE_IDS)}>
          {t('showAllTypes')}
        </button>
      )}
    </div>
  );
}
