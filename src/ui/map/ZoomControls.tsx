import { memo } from 'react';
import type { ZoomApi } from './useZoom.ts';
import { MAX_ZOOM } from '../../map/transform.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';

/** Memo on the zoom level and the (stable) actions: a filter toggle re-renders the map, not these. */
export const ZoomControls = memo(function ZoomControls({
  k,
  zoomIn,
  zoomOut,
  reset,
}: { k: number } & Pick<ZoomApi, 'zoomIn' | 'zoomOut' | 'reset'>) {
  const t = useWords(coreWords);
  return (
    <div className="zoom-controls">
      <button
        type="button"
        className="zoom-controls__button"
        onClick={zoomIn}
        disabled={k >= MAX_ZOOM}
        aria-label={t('zoomIn')}
        title={t('zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        className="zoom-controls__button"
        onClick={zoomOut}
        disabled={k <= 1}
        aria-label={t('zoomOut')}
        title={t('zoomOut')}
      >
        −
      </button>
      <button
        type="button"
        className="zoom-controls__button"
        onClick={reset}
        disabled={k === 1}
        aria-label={t('zoomReset')}
        title={t('zoomReset')}
      >
        ⟲
      </button>
    </div>
  );
});
