/**
 * The Download menu's picture presets, on the real data and map: each size is exact, and every
 * preset carries the title, the Assembly, the types shown, the legend, the source and the data
 * version, with the map keeping most of a fixed-size picture.
 */
import { describe, expect, it } from 'vitest';
import { createExportInput } from '../../src/export/exportInput.ts';
import { renderExportSvg } from '../../src/export/exportSvg.ts';
import { PICTURE_SIZE_IDS, PICTURE_SIZES } from '../../src/export/pictureSizes.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { filterEdition } from '../../src/filters/filterEdition.ts';
import { MAP_VIEWBOX } from '../../src/map/frame.generated.ts';
import { loadDataset, loadShapes, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';

const problem = realDatasetProblem();

describe.skipIf(problem !== null)('picture presets', () => {
  const index = createDatasetIndex(loadDataset(REAL_DATASET));
  const shapes = loadShapes();
  const selected = ['executive', 'delegation', 'legislature'] as const;
  const view = filterEdition(index, 2024, selected, 'any');
  const picture = (size: (typeof PICTURE_SIZE_IDS)[number], options: { labels?: boolean; transparent?: boolean } = {}) =>
    renderExportSvg(
      createExportInput({
        index,
        view,
        selected,
        match: 'any',
        lang: 'en',
        viewBox: MAP_VIEWBOX,
        shapes,
        url: 'https://example.org/map/?edition=2024',
        ...PICTURE_SIZES[size],
        ...('height' in PICTURE_SIZES[size] ? { compact: true } : {}),
        ...options,
      }),
    );
  const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '').join('\n');

  it.each(PICTURE_SIZE_IDS)('%s: its size, title, Assembly, types shown, legend, source and data version', (size) => {
    const { svg, width, height } = picture(size);
    const wanted = PICTURE_SIZES[size];
    expect(width).toBe(wanted.width);
    if ('height' in wanted) expect(height).toBe(wanted.height);
    const words = texts(svg).replace(/\n/g, ' ');
    expect(words).toContain('92nd');
    expect(words).toMatch(/Government \/ executive.*Legislative resolution/);
    expect(words).toMatch(/Strongest kind of support/);
    expect(words).toContain(`Data version ${index.dataset.version}`);
    expect(words).toContain('Ministry of Foreign Affairs');
    expect(svg).toMatch(/<rect width="100%" height="100%" fill="#ffffff"\/>/);
    // The map (its frame is the clip rectangle) is as wide as the margins allow, or, where the
    // height limits it, keeps at least 45% of a fixed picture's height.
    const frame = /<clipPath id="map-frame"><rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    const [mapWidth, mapHeight] = [Number(frame?.[1]), Number(frame?.[2])];
    const inner = width - (2 * 32 * width) / 1200;
    expect(mapWidth > inner * 0.98 || mapHeight > height * 0.45, `map ${mapWidth}×${mapHeight} in ${width}×${height}`).toBe(true);
  });

  it('names small states on the map unless asked not to; a transparent picture has no background', () => {
    expect(texts(picture('landscape').svg)).toContain('Palau');
    expect(texts(picture('landscape', { labels: false }).svg)).not.toContain('Palau');
    expect(picture('square', { transparent: true }).svg).not.toContain('<rect width="100%" height="100%"');
  });

  it('a fixed size leaves out the counts sentence and the notes; the page-wide picture keeps them', () => {
    const full = texts(picture('page').svg);
    const compact = texts(picture('square').svg);
    expect(full).toContain('Circles mark states too small to see.');
    // The groups' note ends once, in both languages (a description's own full stop is dropped).
    expect(full).toContain('Also reported, without names:');
    expect(full).not.toMatch(/\.\.|。。/);
    expect(compact).not.toContain('Circles mark states too small to see.');
    // The counts sentence ("… countries and territories …") is in the page-wide picture only.
    const counts = full.split('\n').filter((line) => !compact.includes(line));
    expect(counts.length).toBeGreaterThan(0);
    expect(texts(picture('page').svg)).toContain('Palau');
  });
});
