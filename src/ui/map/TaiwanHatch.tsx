/** The hatch that marks Taiwan as the subject of the map, not a supporter: on the map and in the legend. */
import { memo } from 'react';

/** Memo: its parents (the map, the legend) re-render on every filter toggle; the hatch never changes. */
export const TaiwanHatch = memo(function TaiwanHatch({ id, size }: { id: string; size: number }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={size} height={size} patternTransform="rotate(45)">
      <rect className="map__taiwan-ground" width={size} height={size} />
      <line className={`map__taiwan-stripe${size > 2 ? ' map__taiwan-stripe--legend' : ''}`} x1="0" y1="0" x2="0" y2={size} />
    </pattern>
  );
});
