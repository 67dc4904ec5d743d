/**
 * Every shape of the map. Path strings are computed once per topology. The shapes of the
 * edition's actors carry the types each showed (`classes`), which the stylesheet colours for the
 * selected types, or a `fill` in the change view; the rest of the world is a memo component that
 * changes only with the edition or the selection.
 */
import { memo, useMemo } from 'react';
import type { Shape } from '../../map/geometry.ts';
import { SUBJECT_ID } from '../../data/vocabulary.ts';

export interface CountryLayerProps {
  shapes: readonly Shape[];
  /** Shapes of the actors with any support in the edition: those whose colour follows the filters. */
  supporterIds: ReadonlySet<string>;
  /** Fills set as attributes (the change view). */
  fills: ReadonlyMap<string, string>;
  /** Supporters' classes for the selection's stylesheet (present/selectionStyle.ts). */
  classes: ReadonlyMap<string, string>;
  selected: string | null;
}

export const CountryLayer = memo(function CountryLayer({ shapes, supporterIds, fills, classes, selected }: CountryLayerProps) {
  const supporterShapes = useMemo(() => shapes.filter((shape) => supporterIds.has(shape.id)), [shapes, supporterIds]);
  return (
    <g className="map__countries">
      {/* Selecting a supporter does not re-render the rest of the world. */}
      <OtherCountries
        shapes={shapes}
        supporterIds={supporterIds}
        selected={selected !== null && supporterIds.has(selected) ? null : selected}
      />
      {supporterShapes.map((shape) => (
        <CountryPath
          key={shape.id}
          shape={shape}
          fill={fills.get(shape.id)}
          classes={classes.get(shape.id)}
          selected={shape.id === selected}
        />
      ))}
    </g>
  );
});

const OtherCountries = memo(function OtherCountries({ shapes, supporterIds, selected }: Omit<CountryLayerProps, 'fills' | 'classes'>) {
  return shapes.map((shape) =>
    supporterIds.has(shape.id) ? null : (
      <CountryPath
        key={shape.id}
        shape={shape}
        fill={shape.id === SUBJECT_ID ? 'url(#taiwan-hatch)' : undefined}
        selected={shape.id === selected}
      />
    ),
  );
});

interface CountryPathProps {
  shape: Shape;
  fill: string | undefined;
  classes?: string | undefined;
  selected: boolean;
}

const CountryPath = memo(function CountryPath({ shape, fill, classes, selected }: CountryPathProps) {
  const className = [
    'map__country',
    fill ? 'map__country--support' : '',
    classes ?? '',
    shape.id === SUBJECT_ID ? 'map__country--taiwan' : '',
    selected ? 'map__country--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return <path d={shape.d} data-id={shape.id} className={className} fill={fill} />;
});
