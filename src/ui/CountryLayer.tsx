/**
 * Every shape of the map. Path strings are computed once per topology; a filter change only
 * changes `fill`, and memo keeps React from touching the paths whose fill did not change.
 */
import { memo } from 'react';
import type { Shape } from '../map/geometry.ts';
import { TAIWAN } from './describeSupport.ts';

export interface CountryLayerProps {
  shapes: readonly Shape[];
  fills: ReadonlyMap<string, string>;
  selected: string | null;
}

export const CountryLayer = memo(function CountryLayer({ shapes, fills, selected }: CountryLayerProps) {
  return (
    <g className="map__countries">
      {shapes.map((shape) => (
        <CountryPath
          key={shape.id}
          shape={shape}
          fill={shape.id === TAIWAN ? 'url(#taiwan-hatch)' : fills.get(shape.id)}
          selected={shape.id === selected}
        />
      ))}
    </g>
  );
});

const CountryPath = memo(function CountryPath({ shape, fill, selected }: { shape: Shape; fill: string | undefined; selected: boolean }) {
  const className = [
    'map__country',
    fill ? 'map__country--support' : '',
    shape.id === TAIWAN ? 'map__country--taiwan' : '',
    selected ? 'map__country--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return <path d={shape.d} data-id={shape.id} className={className} fill={fill} />;
});
