/**
 * The tooltip: a country's name and, in words, why it has its colour. It reads the edition view
 * itself, so that the map around it does not have to (see MapLayers).
 */
import type { SupportTypeId } from '../../data/schema.ts';
import { typeLabel } from '../../filters/datasetIndex.ts';
import { useDatasetIndex, useFilteredEdition, useLang, useNameOf } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { describeSupport } from '../../present/describeSupport.ts';

export interface TooltipAt {
  id: string;
  /** Position in pixels relative to the map's top-left corner. */
  x: number;
  y: number;
}

export function MapTooltip({ at, hint }: { at: TooltipAt; hint: string }) {
  const index = useDatasetIndex();
  const view = useFilteredEdition();
  const lang = useLang();
  const t = useWords(coreWords);
  const nameOf = useNameOf();
  const names = (type: SupportTypeId) => (index ? typeLabel(index, type, lang) : type);
  const name = nameOf(at.id);
  const text = view ? describeSupport(at.id, view.actors.get(at.id), view.year, names, t) : '';
  // Flip to the left half of the pointer when close to the right edge (the map is the positioned parent).
  const flip = at.x > 0 && typeof window !== 'undefined' && at.x > window.innerWidth * 0.6;
  return (
    <div
      className={`map-tooltip${flip ? ' map-tooltip--flip' : ''}`}
      role="tooltip"
      style={{ left: `${Math.round(at.x)}px`, top: `${Math.round(at.y)}px` }}
    >
      <strong className="map-tooltip__name">{name}</strong>
      <span className="map-tooltip__text">{text}</span>
      <span className="map-tooltip__hint">{hint}</span>
    </div>
  );
}
