/**
 * The benchmark's baseline: what a plain newsroom React + d3-geo choropleth does. It fetches the
 * stock world-atlas countries-50m.json, projects it with geoEqualEarth and runs geoPath for every
 * country in render (no memo), so a "toggle" that recolours the map re-runs geoPath for all of
 * them, and so does every zoom frame (d3-zoom writes the transform into React state).
 *
 * bench/run.mjs builds it with Vite's build() API. The constants below are set with `define` so
 * that the same file also builds the variants that isolate one technique each (run.mjs
 * --techniques): memoised paths, the app's pre-projected topology, stock 110m.
 */
import { StrictMode, memo, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import stock50m from 'world-atlas/countries-50m.json?url';
import stock110m from 'world-atlas/countries-110m.json?url';
import appTopology from '../../data/world.topo.json?url';
import { colour } from './toggleColour.ts';

declare const __BENCH_TOPO__: 'stock50m' | 'stock110m' | 'app';
declare const __BENCH_MEMO__: boolean;

const WIDTH = 960;
const TOPOLOGY_URL = __BENCH_TOPO__ === 'app' ? appTopology : __BENCH_TOPO__ === 'stock110m' ? stock110m : stock50m;

type Country = Feature<Geometry, Record<string, unknown>>;
interface Frame {
  countries: Country[];
  projection: GeoProjection | null;
  height: number;
}

async function load(): Promise<Frame> {
  const topology = (await (await fetch(TOPOLOGY_URL)).json()) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const countries = collection.features as Country[];
  if (__BENCH_TOPO__ === 'app') {
    // Pre-projected into the app's 960 px frame: no projection, the bbox gives the height.
    const y1 = topology.bbox?.[3] ?? WIDTH / 2;
    return { countries, projection: null, height: Math.ceil(y1) };
  }
  const projection = geoEqualEarth().fitWidth(WIDTH, { type: 'Sphere' });
  const [[, sy0], [, sy1]] = geoPath(projection).bounds({ type: 'Sphere' });
  return { countries, projection, height: Math.ceil(sy1 - sy0) };
}

/** Plain: the path string is computed in render, every render. */
function PlainCountries({ frame, on }: { frame: Frame; on: boolean }) {
  const path = geoPath(frame.projection);
  return (
    <g>
      {frame.countries.map((country, i) => {
        const id = String(country.id ?? `x${i}`);
        return <path key={id} d={path(country) ?? ''} fill={colour(id, on)} />;
      })}
    </g>
  );
}

/** Variant: path strings computed once per topology, and each path re-renders only when its fill changes. */
const MemoPath = memo(function MemoPath({ d, fill }: { d: string; fill: string }) {
  return <path d={d} fill={fill} />;
});
const MemoCountries = memo(function MemoCountries({ frame, on }: { frame: Frame; on: boolean }) {
  const shapes = useMemo(() => {
    const path = geoPath(frame.projection).digits(1);
    return frame.countries.map((country, i) => ({ id: String(country.id ?? `x${i}`), d: path(country) ?? '' }));
  }, [frame]);
  return (
    <g>
      {shapes.map((shape) => (
        <MemoPath key={shape.id} d={shape.d} fill={colour(shape.id, on)} />
      ))}
    </g>
  );
});

function App() {
  const [frame, setFrame] = useState<Frame | null>(null);
  const [on, setOn] = useState(false);
  const [transform, setTransform] = useState({ k: 1, x: 0, y: 0 });
  const svgRef = useRef<SVGSVGElement>(null);

  useEffect(() => {
    void load().then(setFrame);
  }, []);
  useEffect(() => {
    if (frame) performance.mark('map-drawn');
  }, [frame]);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !frame) return;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [WIDTH, frame.height],
    ];
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 12])
      .extent(extent)
      .translateExtent(extent)
      .on('zoom', (event: { transform: { k: number; x: number; y: number } }) => {
        const { k, x, y } = event.transform;
        setTransform({ k, x, y });
      });
    const selection = select(svg).call(behaviour);
    return () => {
      selection.on('.zoom', null);
    };
  }, [frame]);

  return (
    <>
      <p>
        <button type="button" className="filters__type" aria-pressed={on} onClick={() => setOn(!on)}>
          Toggle filter
        </button>
      </p>
      <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${frame?.height ?? 467}`} role="img" aria-label="World map">
        {frame && (
          <g transform={`translate(${transform.x},${transform.y}) scale(${transform.k})`}>
            {__BENCH_MEMO__ ? <MemoCountries frame={frame} on={on} /> : <PlainCountries frame={frame} on={on} />}
          </g>
        )}
      </svg>
    </>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
