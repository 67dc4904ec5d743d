/** The comparison shown, from the store and the record of ended relations. */
import { useMemo } from 'react';
import { editionChanges, type EditionChanges } from '../../filters/editionChanges.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectCompareYear } from '../../state/selectors.ts';
import { useDatasetIndex, useEditionYear } from '../common/viewHooks.ts';
import { useRelations, type RelationsState } from './relations.ts';

const NO_ENDED: ReadonlyMap<string, string> = new Map();

export function useEditionChanges(): { view: EditionChanges | null; relations: RelationsState } {
  const index = useDatasetIndex();
  const year = useEditionYear();
  const against = useAppStore(selectCompareYear);
  const relations = useRelations();
  const ended = relations.status === 'ready' ? relations.ended : NO_ENDED;
  const view = useMemo(
    () => (index && year !== null && against !== null ? editionChanges(index, year, against, ended) : null),
    [index, year, against, ended],
  );
  return { view, relations };
}
