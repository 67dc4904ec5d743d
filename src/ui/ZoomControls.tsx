import type { ZoomApi } from './useZoom.ts';
import { MAX_ZOOM } from './useZoom.ts';
import { useT } from './derived.ts';

export function ZoomControls({ zoom }: { zoom: ZoomApi }) {
  const t = useT();
  const { k } = zoom.transform;
  return (
    <div className="zoom-controls">
      <button type="button" className="zoom-controls__button" onClick={zoom.zoomIn} disabled={k >= MAX_ZOOM} aria-label={t('zoomIn')} title={t('zoomIn')}>
        +
      </button>
      <button type="button" className="zoom-controls__button" onClick={zoom.zoomOut} disabled={k <= 1} aria-label={t('zoomOut')} title={t('zoomOut')}>
        −
      </button>
      <button type="button" className="zoom-controls__button" onClick={zoom.reset} disabled={k === 1} aria-label={t('zoomReset')} title={t('zoomReset')}>
        ⟲
      </button>
    </div>
  );
}
