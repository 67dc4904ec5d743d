/**
 * Colours the map by change: hands the map (which stays mounted, with its zoom) the fills and lines
 * of the comparison shown, and takes them back when the comparison ends. Below the map, it draws
 * the list of changes (`list`; an embed shows the legend only).
 */
import { useEffect, useMemo } from 'react';
import { changeFills, changeLine } from '../../present/changes.ts';
import { formatPartialDate } from '../../i18n/formatPartialDate.ts';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useDatasetIndex, useLang } from '../common/viewHooks.ts';
import type { MapPaint } from '../map/MapLayers.tsx';
import { ChangeLegend } from './ChangeLegend.tsx';
import { ChangeList } from './ChangeList.tsx';
import { useEditionChanges } from './useEditionChanges.ts';
import { useTimeWords } from './words.ts';

export function ChangePainter({ onPaint, list }: { onPaint: (paint: MapPaint | null) => void; list: boolean }) {
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
  if (!list) return null;
  return (
    <>
      {/* On phones the legend must follow the map, before the list; beside the map it is the aside's. */}
      <div className="change-view__legend-below">
        <ChangeLegend />
      </div>
      <ChangeList />
    </>
  );
}
