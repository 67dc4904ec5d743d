/**
 * The social card (og-image.png, 1200×630): the latest listed edition drawn by buildExportSvg
 * from the real topology and data, rasterised by resvg (no browser at build time).
 *
 * Fonts: resvg reads the system's fonts, but (resvg-js 2.6) uses only the first family of a
 * font-family list, ignores its sansSerifFamily option, and when a glyph is missing sets the rest
 * of the line in whatever font has it (a serif CJK face, here). So the card is in English and
 * names one family, Liberation Sans (Arial's metrics; Debian: fonts-liberation); where that is
 * missing resvg uses the default, Noto Sans CJK TC (Debian: fonts-noto-cjk), which covers Latin
 * and Chinese (with full-width quotes).
 */
import type { DatasetIndex } from '../src/filters/datasetIndex.ts';
import { SUPPORT_TYPE_IDS } from '../src/data/schema.ts';
import { countryFeatures, type WorldTopology } from '../src/data/topology.ts';
import { filterEdition } from '../src/filters/filterEdition.ts';
import { createExportInput } from '../src/export/exportInput.ts';
import { buildExportSvg } from '../src/export/exportSvg.ts';
import { OG_IMAGE } from '../src/export/socialMeta.ts';
import { MAP_VIEWBOX } from '../src/map/frame.generated.ts';
import { computeShapes } from '../src/map/geometry.ts';

const LATIN_FONT = 'Liberation Sans';
const FALLBACK_FONT = 'Noto Sans CJK TC';

export function ogImageSvg(index: DatasetIndex, topology: WorldTopology, year: number): string {
  const view = filterEdition(index, year, SUPPORT_TYPE_IDS, 'any');
  const shapes = computeShapes(countryFeatures(topology).features);
  return buildExportSvg(
    createExportInput({
      index,
      view,
      selected: SUPPORT_TYPE_IDS,
      match: 'any',
      lang: 'en',
      viewBox: MAP_VIEWBOX,
      shapes,
      width: OG_IMAGE.width,
      height: OG_IMAGE.height,
      card: true,
      fontFamily: `'${LATIN_FONT}'`,
    }),
  );
}

export async function renderOgImage(index: DatasetIndex, topology: WorldTopology, year: number): Promise<Buffer> {
  // Loaded here, not at the top: the dev server and the tests load this file but never render.
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = ogImageSvg(index, topology, year);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_IMAGE.width },
    font: { loadSystemFonts: true, defaultFontFamily: FALLBACK_FONT },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
