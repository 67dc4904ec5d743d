/** The tooltip: a country's name and, in words, why it has its colour. */

export interface TooltipAt {
  id: string;
  /** Position in pixels relative to the map's top-left corner. */
  x: number;
  y: number;
}

export function MapTooltip({ at, name, text, hint }: { at: TooltipAt; name: string; text: string; hint: string }) {
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
