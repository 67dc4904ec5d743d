/**
 * The tooltip: a country's name and, in words, why it has its colour. It reads the edition view
 * itself, so that the map around it does not have to (see MapLayers).
 */
import type { SupportTypeId } from '../../data/schema.ts';
import { typeLabel } from '../../filters/datasetIndex.ts';
import { useDatasetIndex, useFilteredEdition, useLang, useNameOf, useListStatus } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { describeSupport } from '../../present/describeSupport.ts';

export interface TooltipAt {
  id: string;
  /** Position in pixels relative to the map's top-left corner. */
  x: number;
  y: number;
}

/**
 * `bounds`: the map's size in pixels; the tooltip opens towards its larger side, so it is never cut
 * off. `text`: what the colour means, when the map is not coloured by the filtered edition.
 */
export function MapTooltip(props: { at: TooltipAt; hint: string; bounds: { width: number; height: number }; text?: string | undefined }) {
  const { at, hint, bounds } = props;
  const index = useDatasetIndex();
  const view = useFilteredEdition();
  const lang = useLang();
  const listStatus = useListStatus();
  const t = useWords(coreWords);
  const nameOf = useNameOf();
  const names = (type: SupportTypeId) => (index ? typeLabel(index, type, lang) : type);
  const name = nameOf(at.id);
  const text = props.text ?? (view ? describeSupport(at.id, view.actors.get(at.id), view.year, names, t, listStatus === 'listed') : '');
  // Flip to the left half of the pointer when close to the right edge (the map is the positioned parent).
  const left = at.x > bounds.width / 2;
  const up = at.y > bounds.height / 2;
  return (
    <div
      className={`map-tooltip${left ? ' map-tooltip--left' : ''}${up ? ' map-tooltip--up' : ''}`}
      role="tooltip"
      style={{ left: `${Math.round(at.x)}px`, top: `${Math.round(at.y)}px` }}
    >
      <strong className="map-tooltip__name">{name}</strong>
      <span className="map-tooltip__text">{text}</span>
      <span className="map-tooltip__hint">{hint}</span>
    </div>
  );
}
