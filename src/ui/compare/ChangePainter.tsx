/**
 * Colours the map by change: hands the map (which stays mounted, with its zoom) the fills and lines
 * of the comparison shown, and takes them back when the comparison ends. Below the map, it draws
 * the list of changes (an embed shows the legend only).
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { changeFills, changeLine } from '../../present/changes.ts';
import { formatPartialDate } from '../../i18n/formatPartialDate.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectEmbed } from '../../state/selectors.ts';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useDatasetIndex, useLang } from '../common/viewHooks.ts';
import type { MapPaint } from '../map/MapLayers.tsx';
import { ChangeLegend } from './ChangeLegend.tsx';
import { ChangeList } from './ChangeList.tsx';
import { useEditionChanges } from './useEditionChanges.ts';
import { useTimeWords } from './words.ts';

/** Where the aside is below the map (styles.css): the legend is then drawn here, after the map. */
const NARROW = '(max-width: 899.98px)';
// One query for the page's lifetime: React reads the snapshot at every render, and a new
// matchMedia() each time cost ~0.6 ms a render at 4× CPU in the change view's switches.
let narrowQuery: MediaQueryList | null | undefined;
const narrowMedia = () => (narrowQuery ??= typeof matchMedia === 'function' ? matchMedia(NARROW) : null);
const isNarrow = () => narrowMedia()?.matches === true;
const subscribeNarrow = (listener: () => void) => {
  const query = narrowMedia();
  if (!query) return () => {};
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
};

export function ChangePainter({ onPaint }: { onPaint: (paint: MapPaint | null) => void }) {
  const index = useDatasetIndex();
  const { view, relations } = useEditionChanges();
  const scheme = useColorScheme();
  const lang = useLang();
  const t = useTimeWords();
  const paint = useMemo<MapPaint | null>(() => {
    if (!index || !view) return null;
    const fills = changeFills(index, view, scheme);
    const ended = new Map((relations.status === 'ready' ? relations.file.relationsEnded : []).map((entry) => [entry.country, entry]));
    const describe = (id: string) => {
      const change = view.changes.get(id);
      if (!change) return t('changeNeither');
      const record = ended.get(id);
      return changeLine(
        change,
        record ? { ended: { date: formatPartialDate(record.ended, lang), sources: record.sources } } : null,
        view,
        t,
      );
    };
    return { ids: [...fills.keys()], fills, describe };
  }, [index, view, scheme, relations, lang, t]);
  useEffect(() => onPaint(paint), [paint, onPaint]);
  useEffect(() => () => onPaint(null), [onPaint]);
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
  const embed = useAppStore(selectEmbed);
  // An embed shows the map and its legend; the list is the full page's.
  if (embed) return null;
  return (
    <>
      {/* On phones the legend must follow the map, before the list; beside the map it is the aside's. */}
      {narrow && (
        <div className="change-view__legend-below">
          <ChangeLegend />
        </div>
      )}
      <ChangeList />
    </>
  );
}
