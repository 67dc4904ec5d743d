/** The comparison shown, from the store and the record of ended relations. */
import { editionChanges, type EditionChanges } from '../../filters/editionChanges.ts';
import { memoizeLast } from '../../state/memo.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectCompareYear } from '../../state/selectors.ts';
import { useDatasetIndex, useEditionYear } from '../common/viewHooks.ts';
import { useRelations, type RelationsState } from './relations.ts';

const NO_ENDED: ReadonlyMap<string, string> = new Map();
// One comparison for all the parts that show it (the map's colours, the legends, the list).
const changesOf = memoizeLast(editionChanges);

export function useEditionChanges(): { view: EditionChanges | null; relations: RelationsState } {
  const index = useDatasetIndex();
  const year = useEditionYear();
  const against = useAppStore(selectCompareYear);
  const relations = useRelations();
  const ended = relations.status === 'ready' ? relations.ended : NO_ENDED;
  const view = index && year !== null && against !== null ? changesOf(index, year, against, ended) : null;
  return { view, relations };
}
