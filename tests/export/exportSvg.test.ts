import { describe, expect, it } from 'vitest';
import { buildExportSvg, renderExportSvg, type ExportSvgInput } from '../../src/export/exportSvg.ts';
import { wrapText } from '../../src/export/textLayout.ts';

// Two squares and a speck in a 100×50 viewBox: big enough to draw, small enough to read the output.
const input: ExportSvgInput = {
  width: 600,
  lang: 'en',
  viewBox: [0, 0, 100, 50],
  shapes: [
    { id: 'USA', d: 'M10,10L40,10L40,40L10,40Z', area: 900, extent: [30, 30], anchor: [25, 25] },
    { id: 'PLW', d: 'M80,20L80.2,20L80.2,20.2Z', area: 0.02, extent: [0.2, 0.2], anchor: [80.1, 20.1] },
    { id: 'TWN', d: 'M60,20L61,20L61,21Z', area: 0.5, extent: [1, 1], anchor: [60.5, 20.5] },
    { id: 'FRA', d: 'M50,30L70,30L70,45Z', area: 150, extent: [20, 15], anchor: [63, 40] },
  ],
  fills: new Map([
    ['USA', '#2171b5'],
    ['PLW', '#6baed6'],
  ]),
  taiwanId: 'TWN',
  labels: new Map([
    ['PLW', 'Palau'],
    ['TWN', 'Taiwan'],
    ['USA', 'United States'],
  ]),
  title: 'Who supports <Taiwan> & "friends"',
  subtitle: ['2024: 92nd General Assembly, Glasgow', '支持類型：全部'],
  legendTitle: 'Legend',
  legend: [
    { label: '1 of 2 types', count: ' (1)', swatch: { fill: '#6baed6' } },
    { label: 'No matching support', swatch: 'neutral' },
    { label: 'Taiwan', swatch: 'taiwan' },
  ],
  notes: ['Organisations: G7.'],
  footer: ["Source: Ministry's release & O'Brien <2024>"],
};

describe('buildExportSvg', () => {
  const svg = buildExportSvg(input);

  it('buildExportSvg(input) is a standalone SVG document with width, height and viewBox', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="[\d.]+" viewBox="0 0 600 [\d.]+" xml:lang="en" role="img">/,
    );
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('<style');
  });

  it('buildExportSvg escapes <, & and quotes in text and keeps Chinese as is', () => {
    expect(svg).toContain('Who supports &lt;Taiwan&gt; &amp; &quot;friends&quot;');
    expect(svg).toContain("Source: Ministry's release &amp; O'Brien &lt;2024&gt;");
    expect(svg).toContain('>支持類型：全部</text>');
    expect(svg).not.toMatch(/<Taiwan>|& "/);
  });

  it('buildExportSvg draws every shape, fills supporters by attribute and hatches Taiwan', () => {
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain('<path data-id="USA" d="M10,10L40,10L40,40L10,40Z" fill="#2171b5"/>');
    expect(svg).toContain('<path data-id="FRA" d="M50,30L70,30L70,45Z"/>');
    expect(svg).toMatch(/<path data-id="TWN" [^>]*fill="url\(#taiwan-hatch\)"/);
    expect(svg).toContain('<pattern id="taiwan-hatch"');
  });

  it('buildExportSvg puts a marker on filled shapes smaller than 6 px (Palau, Taiwan), not on large ones', () => {
    expect(svg).toMatch(/<circle data-id="PLW" cx="80.1" cy="20.1" [^>]*fill="#6baed6"/);
    expect(svg).toMatch(/<circle data-id="TWN" /);
    expect(svg).not.toMatch(/<circle data-id="USA"/);
    expect(svg).not.toMatch(/<circle data-id="FRA"/);
  });

  it('buildExportSvg writes the legend in words with counts, and a system-ui font stack with a CJK fallback', () => {
    expect(svg).toContain('>1 of 2 types (1)</text>');
    expect(svg).toContain('>No matching support</text>');
    expect(svg).toMatch(/font-family="system-ui, [^"]*'Noto Sans CJK TC'/);
  });

  it('renderExportSvg(height 300) keeps the height and shrinks the map to fit', () => {
    const free = renderExportSvg(input);
    const fixed = renderExportSvg({ ...input, height: 300 });
    expect(fixed.height).toBe(300);
    expect(fixed.svg).toContain('height="300" viewBox="0 0 600 300"');
    const scale = (svgText: string) => Number(/scale\(([\d.]+)\)/.exec(svgText)?.[1]);
    expect(scale(fixed.svg)).toBeLessThan(scale(free.svg));
  });

  it('buildExportSvg drops characters XML forbids', () => {
    expect(buildExportSvg({ ...input, title: 'a\u0000b\u0007c' })).toContain('>abc</text>');
  });
});

describe('wrapText', () => {
  it.each([
    ['short', 16, 1000, ['short']],
    ['one two three four', 10, 40, ['one two', 'three', 'four']],
    ['支持臺灣參與國際刑警組織', 10, 50, ['支持臺灣參', '與國際刑警', '組織']],
  ])('wrapText(%j, %s px, %s px)', (text, size, width, expected) => {
    expect(wrapText(text, size, width)).toEqual(expected);
  });
});

describe('buildExportSvg names small states and the subject', () => {
  const svg = buildExportSvg(input);

  it('buildExportSvg names Palau (too small to see) and Taiwan on the map, but not the United States (large enough)', () => {
    expect(svg).toMatch(/<text[^>]*>Palau<\/text>/);
    expect(svg).toMatch(/<text[^>]*>Taiwan<\/text>/);
    expect(svg).not.toMatch(/<text[^>]*>United States<\/text>/);
  });

  it('buildExportSvg writes the notes before the source line', () => {
    expect(svg.indexOf('Organisations: G7.')).toBeGreaterThan(0);
    expect(svg.indexOf('Organisations: G7.')).toBeLessThan(svg.indexOf('Source: Ministry'));
  });

  it('buildExportSvg with a notice and no legend draws the notice over the map and no legend title', () => {
    const empty = buildExportSvg({
      ...input,
      fills: new Map(),
      legend: [],
      legendTitle: '',
      notice: 'No list of supporters was found for the 2017 Assembly.',
    });
    expect(empty).toContain('No list of supporters was found');
    expect(empty).not.toContain('>Legend<');
  });
});

describe('createExportInput for years without a list (data/dataset.json)', () => {
  it.each([
    [2017, 'No MOFA list'],
    [2020, 'INTERPOL'],
  ])('%i: the picture says why on the map, lists no level and claims no supporter', async (year, notice) => {
    const { createExportInput } = await import('../../src/export/exportInput.ts');
    const { createDatasetIndex } = await import('../../src/filters/datasetIndex.ts');
    const { filterEdition } = await import('../../src/filters/filterEdition.ts');
    const { SUPPORT_TYPE_IDS } = await import('../../src/data/schema.ts');
    const { loadDataset, REAL_DATASET } = await import('../support/renderWithStore.tsx');
    const index = createDatasetIndex(loadDataset(REAL_DATASET));
    const view = filterEdition(index, year, SUPPORT_TYPE_IDS, 'any');
    const out = createExportInput({
      index,
      view,
      selected: SUPPORT_TYPE_IDS,
      match: 'any',
      lang: 'en',
      viewBox: [0, 0, 100, 50],
      shapes: [],
      width: 1200,
    });
    expect(out.notice).toContain(notice);
    expect(out.legend.map((item) => item.label)).toEqual(['Taiwan']);
    expect(out.legendTitle).toBe('');
    expect(out.fills.size).toBe(0);
    const svg = buildExportSvg(out);
    expect(svg).not.toMatch(/\(0\)/);
  });
});

describe("renderExportSvg's card layout (the social card)", () => {
  const card = { ...input, width: 1200, height: 630, layout: 'card' as const, viewBox: [0, 0, 960, 470] as const };
  const texts = (svg: string) =>
    [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      size: Number(m[3]),
      text: m[4] ?? '',
    }));
  const mapFrame = (svg: string) => {
    const m = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#f4f7fa"\/>/.exec(svg);
    return { x: Number(m?.[1]), y: Number(m?.[2]), width: Number(m?.[3]), height: Number(m?.[4]) };
  };

  it('sets the title and the legend beside the map in type still readable at 500 px wide (≥ 18 px there)', () => {
    const { svg, height } = renderExportSvg(card);
    expect(height).toBe(630);
    const frame = mapFrame(svg);
    const title = texts(svg).find((t) => t.text.startsWith('Who supports'));
    const legend = texts(svg).find((t) => t.text.startsWith('No matching support'));
    expect(title!.size * (500 / 1200)).toBeGreaterThanOrEqual(15);
    expect(legend!.size * (500 / 1200)).toBeGreaterThanOrEqual(8);
    for (const t of texts(svg).filter((t) => t.y < frame.y + frame.height && t.text !== 'Palau' && t.text !== 'Taiwan')) {
      expect(t.x + 0, t.text).toBeLessThan(frame.x);
    }
    // The subtitle and the notes are left to the post's own text.
    expect(texts(svg).some((t) => t.text.includes('Glasgow') || t.text.includes('G7'))).toBe(false);
  });

  it('steps the type down until a long title and legend fit above the source line', () => {
    const long = {
      ...card,
      title: 'Who backed Taiwan at the 2024 INTERPOL General Assembly, and who spoke for it in every committee and every plenary',
      legend: Array.from({ length: 8 }, (_, i) => ({
        label: `Support of a kind with a long name number ${i}`,
        count: ' (9)',
        swatch: 'neutral' as const,
      })),
    };
    const { svg } = renderExportSvg(long);
    const all = texts(svg);
    const footer = all.find((t) => t.text.startsWith('Source:'))!;
    const column = all.filter((t) => t.x < mapFrame(svg).x && t !== footer);
    expect(Math.max(...column.map((t) => t.y))).toBeLessThan(footer.y - footer.size);
    expect(Math.min(...column.map((t) => t.y - t.size))).toBeGreaterThanOrEqual(0);
  });
});
