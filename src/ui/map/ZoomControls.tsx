/**
 * The map's controls, below it, never over it: zoom in and out, the whole world, and shortcuts to
 * the crowded regions (Europe, the Caribbean, the Pacific), where small states sit a few pixels
 * apart on a world map.
 */
import { memo } from 'react';
import { coreWords } from '../../i18n/words/core.ts';
import { mapWords } from '../../i18n/words/map.ts';
import { MAP_REGION_IDS, MAP_REGIONS, type MapRegion } from '../../map/regions.ts';
import { MAX_ZOOM } from '../../map/transform.ts';
import { boxTransform } from '../../map/regionTransform.ts';
import { useWords } from '../common/useWords.ts';
import type { ZoomApi } from './useZoom.ts';

const words = { ...coreWords, ...mapWords };

const REGION_KEYS: Record<MapRegion, 'regionEurope' | 'regionCaribbean' | 'regionPacific'> = {
  europe: 'regionEurope',
  caribbean: 'regionCaribbean',
  pacific: 'regionPacific',
};

/** Memo on the zoom level and the (stable) actions: a filter toggle re-renders the map, not these. */
export const ZoomControls = memo(function ZoomControls({
  k,
  zoomIn,
  zoomOut,
  reset,
  goTo,
  viewBox,
}: { k: number; viewBox: readonly [number, number, number, number] } & Pick<ZoomApi, 'zoomIn' | 'zoomOut' | 'reset' | 'goTo'>) {
  const t = useWords(words);
  return (
    <div className="map-controls">
      <div className="map-controls__zoom" role="group" aria-label={t('zoomIn')}>
        <button
          type="button"
          className="map-controls__button"
          onClick={zoomOut}
          disabled={k <= 1}
          aria-label={t('zoomOut')}
          title={t('zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          className="map-controls__button"
          onClick={zoomIn}
          disabled={k >= MAX_ZOOM}
          aria-label={t('zoomIn')}
          title={t('zoomIn')}
        >
          +
        </button>
      </div>
      <div className="map-controls__regions" role="group" aria-label={t('zoomTo')}>
        <span className="map-controls__label" aria-hidden="true">
          {t('zoomTo')}
        </span>
        <button type="button" className="map-controls__button" onClick={reset} aria-pressed={k === 1}>
          {t('regionWorld')}
        </button>
        {MAP_REGION_IDS.map((region) => (
          <button
            key={region}
            type="button"
            className="map-controls__button"
            onClick={() => goTo(boxTransform(MAP_REGIONS[region], viewBox))}
          >
            {t(REGION_KEYS[region])}
          </button>
        ))}
      </div>
    </div>
  );
});
