/**
 * The social card (og-image.png, 1200×630) of one edition in one language, drawn by buildExportSvg
 * from the map's shapes (data/world.shapes.json, the file the page draws) and the real data,
 * rasterised by resvg (no browser at build time).
 *
 * Fonts: resvg reads the system's fonts, but (resvg-js 2.6) uses only the first family of a
 * font-family list, ignores its sansSerifFamily option, and when a glyph is missing sets the rest
 * of the line in whatever font has it (a serif CJK face, here). So each card names one family: the
 * English card Liberation Sans (Arial's metrics; Debian: fonts-liberation), the Chinese card Noto
 * Sans CJK TC (Debian: fonts-noto-cjk), which covers its Latin too; where Liberation Sans is
 * missing resvg uses the default, Noto Sans CJK TC.
 */
import type { DatasetIndex } from '../src/filters/datasetIndex.ts';
import { SUPPORT_TYPE_IDS, type Lang } from '../src/data/schema.ts';
import { filterEdition } from '../src/filters/filterEdition.ts';
import { createExportInput } from '../src/export/exportInput.ts';
import { buildExportSvg } from '../src/export/exportSvg.ts';
import { OG_IMAGE } from '../src/export/socialMeta.ts';
import { MAP_VIEWBOX } from '../src/map/frame.generated.ts';
import type { Shape } from '../src/map/geometry.ts';

const LATIN_FONT = 'Liberation Sans';
const FALLBACK_FONT = 'Noto Sans CJK TC';

export function ogImageSvg(index: DatasetIndex, shapes: readonly Shape[], year: number, lang: Lang = 'en'): string {
  const view = filterEdition(index, year, SUPPORT_TYPE_IDS, 'any');
  return buildExportSvg(
    createExportInput({
      index,
      view,
      selected: SUPPORT_TYPE_IDS,
      match: 'any',
      lang,
      viewBox: MAP_VIEWBOX,
      shapes,
      width: OG_IMAGE.width,
      height: OG_IMAGE.height,
      card: true,
      // One family (see above): Latin text in Liberation Sans; Chinese (with its Latin) in Noto Sans CJK.
      fontFamily: `'${lang === 'en' ? LATIN_FONT : FALLBACK_FONT}'`,
    }),
  );
}

export async function renderOgImage(index: DatasetIndex, shapes: readonly Shape[], year: number, lang: Lang = 'en'): Promise<Buffer> {
  // Loaded here, not at the top: the dev server and the tests load this file but never render.
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = ogImageSvg(index, shapes, year, lang);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_IMAGE.width },
    font: { loadSystemFonts: true, defaultFontFamily: FALLBACK_FONT },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
