/**
 * The benchmark's second baseline: the map a React developer builds first with react-simple-maps
 * (5.x): ComposableMap + ZoomableGroup + Geographies over the stock world-atlas countries-50m.json,
 * one <Geography> per country with its fill from React state. The toggle recolours every country,
 * as in the plain baseline (bench/baseline), with the same colours.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ComposableMap, Geographies, Geography, ZoomableGroup } from 'react-simple-maps';
import stock50m from 'world-atlas/countries-50m.json?url';
import { colour } from '../baseline/toggleColour.ts';

/** Marks the first render with countries, as the app marks its first drawn map. */
function DrawnMark() {
  useEffect(() => {
    performance.mark('map-drawn');
  }, []);
  return null;
}

function App() {
  const [on, setOn] = useState(false);
  return (
    <>
      <p>
        <button type="button" className="filters__type" aria-pressed={on} onClick={() => setOn(!on)}>
          Toggle filter
        </button>
      </p>
      <ComposableMap projection="geoEqualEarth" width={960} height={467} role="img" aria-label="World map">
        <ZoomableGroup minZoom={1} maxZoom={12}>
          <Geographies geography={stock50m}>
            {({ geographies }) => (
              <>
                {geographies.map((geo) => (
                  <Geography key={geo.rsmKey} geography={geo} fill={colour(String(geo.id ?? geo.rsmKey), on)} />
                ))}
                {geographies.length > 0 && <DrawnMark />}
              </>
            )}
          </Geographies>
        </ZoomableGroup>
      </ComposableMap>
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
