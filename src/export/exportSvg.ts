/**
 * The current view as one standalone SVG file: title, edition and filters, the map, the legend in
 * words with counts, and the source line. Pure (strings in, a string out), so the browser's
 * download and the build's social image (scripts/buildTimePages.ts) draw the same picture.
 *
 * Everything is an attribute, nothing is CSS: the file must look the same in Illustrator, in an
 * <img>, in resvg and in a newsroom CMS, none of which share the app's stylesheet.
 */
import { escapeXml } from '../present/escapeXml.ts';
import { layoutLabels, type LabelPoint } from './labelLayout.ts';
import { estimateWidth, wrapText } from './textLayout.ts';

export interface ExportShape {
  id: string;
  d: string;
  area: number;
  extent: readonly [number, number];
  anchor: readonly [number, number];
}

export type Swatch = { fill: string } | 'neutral' | 'taiwan';

export interface LegendItem {
  label: string;
  /** Written right after the label with its own spacing, e.g. " (12)" in English, "（12）" in Chinese. */
  count?: string;
  swatch: Swatch;
}

export interface ExportSvgInput {
  /** Width in px. */
  width: number;
  /** Height in px; without it the picture is as tall as its content. With it, the map shrinks to fit. */
  height?: number;
  lang: string;
  viewBox: readonly [number, number, number, number];
  shapes: readonly ExportShape[];
  /** Fill of every supporter shape, by id; the others are neutral land. */
  fills: ReadonlyMap<string, string>;
  /** The hatched shape (the map's subject). */
  taiwanId: string;
  /** Names written on the map, by shape id: the small states that supported, and the subject. */
  labels: ReadonlyMap<string, string>;
  /** Over the middle of the map when it has nothing to colour (a year without a list). */
  notice?: string;
  /** A small line above the title: which Assembly. */
  kicker?: string;
  title: string;
  /** The headline and the selection: one paragraph each (wrapped when too long). */
  subtitle: readonly string[];
  /** Empty (with no items) when the map has nothing to colour. */
  legendTitle: string;
  legend: readonly LegendItem[];
  /** Notes under the legend: organisations, places, groups without names, what the markers are. */
  notes: readonly string[];
  /** Source line, data version, link: one line each, small, at the bottom. */
  footer: readonly string[];
  /** CSS font-family list; defaults to EXPORT_FONTS. */
  fontFamily?: string;
  /** No background rectangle: what the picture is placed on shows through (the map keeps its sea). */
  transparent?: boolean;
  /**
   * 'card': the social card, seen as small as 500 px wide in a feed: the title and the legend in a
   * column of large type beside the map, the subtitle and notes left to the post's own text.
   * Needs `height`. Default 'stacked': title, map, legend and notes one under the other.
   */
  layout?: 'stacked' | 'card';
}

/** The light theme of src/ui/styles.css: a printed page or a social card is light. */
export const EXPORT_PALETTE = {
  background: '#ffffff',
  text: '#1b1f24',
  muted: '#4d5661',
  land: '#dde1e6',
  landStroke: '#ffffff',
  sea: '#f4f7fa',
  taiwanGround: '#fde7c8',
  taiwanStripe: '#c2410c',
  accent: '#1f5fa8',
} as const;

/**
 * The app's stack, plus common Latin fonts before the CJK ones: renderers without system-ui
 * (resvg, Inkscape) would otherwise set Latin text, and its quotes, in a CJK font's full-width forms.
 */
export const EXPORT_FONTS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans CJK TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif";

/** A filled shape smaller than this on the exported picture gets a circle, or nobody sees its colour. */
export const MARKER_MIN_PX = 6;
const MARKER_RADIUS_PX = 4;

const P = EXPORT_PALETTE;

/** Too small to see its colour at this scale: drawn as a circle, and named. */
const isTiny = (shape: ExportShape, k: number) => shape.area * k * k < MARKER_MIN_PX ** 2 || Math.max(...shape.extent) * k < MARKER_MIN_PX;
const fmt = (n: number) => String(Math.round(n * 100) / 100);

export function buildExportSvg(input: ExportSvgInput): string {
  return renderExportSvg(input).svg;
}

/** The SVG with its size in px (the height follows the content unless the input fixes it). */
export function renderExportSvg(input: ExportSvgInput): { svg: string; width: number; height: number } {
  if (input.layout === 'card' && input.height !== undefined) return renderCardSvg(input, input.height);
  const { width, viewBox } = input;
  // Every size below is for a 1200 px picture; a fixed picture as tall as it is wide (a square for
  // social media) is seen small on a phone, and has the height for larger type.
  const u = (width / 1200) * (input.height !== undefined && input.height >= width ? 1.25 : 1);
  const pad = 32 * u;
  const inner = width - 2 * pad;
  const size = { kicker: 14 * u, title: 30 * u, subtitle: 17 * u, legend: 15 * u, notes: 14 * u, footer: 13 * u, label: 12 * u };
  const lead = (fontSize: number) => fontSize * 1.35;

  const kickerLines = input.kicker ? wrapText(input.kicker, size.kicker, inner) : [];
  const titleLines = wrapText(input.title, size.title, inner);
  const subtitleLines = input.subtitle.flatMap((line) => wrapText(line, size.subtitle, inner));
  const noteLines = input.notes.flatMap((line) => wrapText(line, size.notes, inner));
  const footerLines = input.footer.flatMap((line) => wrapText(line, size.footer, inner));
  const legend = layoutLegend(input.legend, size.legend, inner);
  const legendTitleLines = input.legendTitle === '' ? [] : wrapText(input.legendTitle, size.legend, inner);

  const headerHeight =
    kickerLines.length * lead(size.kicker) + titleLines.length * lead(size.title) + subtitleLines.length * lead(size.subtitle) + 12 * u;
  const legendHeight = (legendTitleLines.length + legend.rows) * lead(size.legend) + 8 * u;
  const notesHeight = noteLines.length * lead(size.notes) + (noteLines.length > 0 ? 8 * u : 0);
  const footerHeight = footerLines.length * lead(size.footer);
  const chrome = pad + headerHeight + 16 * u + 16 * u + legendHeight + 8 * u + notesHeight + footerHeight + pad;

  const [vx, vy, vw, vh] = viewBox;
  const k = input.height === undefined ? inner / vw : Math.max(0, Math.min(inner / vw, (input.height - chrome) / vh));
  const mapWidth = vw * k;
  const mapHeight = vh * k;
  const height = input.height ?? chrome + mapHeight;
  // A fixed picture whose map is limited by its width has height to spare: half above the map,
  // half below, so that the legend and the source sit at the bottom, not under an empty band.
  const slack = Math.max(0, height - chrome - mapHeight) / 2;

  const out: string[] = [];
  let y = pad;
  const text = (lines: readonly string[], fontSize: number, attrs: string) => {
    for (const line of lines) {
      y += lead(fontSize);
      out.push(`<text x="${fmt(pad)}" y="${fmt(y - fontSize * 0.3)}" font-size="${fmt(fontSize)}"${attrs}>${escapeXml(line)}</text>`);
    }
  };
  text(kickerLines, size.kicker, ` fill="${P.accent}" font-weight="700"`);
  text(titleLines, size.title, ' font-weight="700"');
  text(subtitleLines, size.subtitle, ` fill="${P.muted}"`);
  y += 12 * u + 16 * u + slack;

  const mx = pad + (inner - mapWidth) / 2;
  out.push(mapGroup(input, k, `translate(${fmt(mx)} ${fmt(y)}) scale(${k}) translate(${-vx} ${-vy})`, mapWidth, mapHeight, mx, y));
  out.push(...mapLabels(input, k, [mx, y], size.label, { x0: mx, y0: y, x1: mx + mapWidth, y1: y + mapHeight }));
  if (input.notice) out.push(noticeSvg(input.notice, mx + mapWidth / 2, y + mapHeight / 2, size.subtitle, mapWidth * 0.7));
  y += mapHeight + 16 * u + slack;

  text(legendTitleLines, size.legend, ' font-weight="600"');
  for (const item of legend.items) {
    const top = y + item.row * lead(size.legend);
    const box = size.legend;
    const x = pad + item.x;
    out.push(swatchSvg(item.swatch, x, top + lead(size.legend) - box * 1.05, box));
    out.push(
      `<text x="${fmt(x + box * 1.5)}" y="${fmt(top + lead(size.legend) - size.legend * 0.3)}" font-size="${fmt(size.legend)}">${escapeXml(item.text)}</text>`,
    );
  }
  y += legend.rows * lead(size.legend) + 8 * u + 8 * u;
  text(noteLines, size.notes, '');
  if (noteLines.length > 0) y += 8 * u;
  text(footerLines, size.footer, ` fill="${P.muted}"`);

  return { svg: wrapSvg(input, height, out), width, height };
}

/** The picture around its drawn parts: size, title for screen readers, Taiwan's hatch, background, font. */
function wrapSvg(input: ExportSvgInput, height: number, parts: readonly string[]): string {
  const { width, lang } = input;
  const hatch = `<pattern id="taiwan-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)"><rect width="4" height="4" fill="${P.taiwanGround}"/><line x1="0" y1="0" x2="0" y2="4" stroke="${P.taiwanStripe}" stroke-width="2"/></pattern>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" xml:lang="${escapeXml(lang)}" role="img">`,
    `<title>${escapeXml([input.title, ...input.subtitle].join(' — '))}</title>`,
    `<defs>${hatch}</defs>`,
    ...(input.transparent ? [] : [`<rect width="100%" height="100%" fill="${P.background}"/>`]),
    `<g font-family="${escapeXml(input.fontFamily ?? EXPORT_FONTS)}" fill="${P.text}">`,
    ...parts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/**
 * The social card: a column of text on the left (the Assembly, the title, the legend with its
 * title) in type large enough to read when the card is shown 500 px wide, the map on the right, the
 * source across the bottom. The type starts large and steps down until the column fits.
 */
function renderCardSvg(input: ExportSvgInput, height: number): { svg: string; width: number; height: number } {
  const { width, viewBox } = input;
  const u = width / 1200;
  const pad = 36 * u;
  const columnWidth = 400 * u;
  const gutter = 32 * u;
  const footerSize = 14 * u;
  const lead = (fontSize: number) => fontSize * 1.25;
  const footerLines = input.footer.flatMap((line) => wrapText(line, footerSize, width - 2 * pad));
  const footerTop = height - pad - footerLines.length * lead(footerSize);
  const columnHeight = footerTop - pad - 12 * u;

  // The column at scale `t`: its lines and their sizes, and its height.
  const column = (t: number) => {
    const size = { kicker: 20 * t * u, title: 42 * t * u, legend: 22 * t * u };
    const kicker = input.kicker ? wrapText(input.kicker, size.kicker, columnWidth) : [];
    const title = wrapText(input.title, size.title, columnWidth);
    const legendTitle = input.legendTitle === '' ? [] : wrapText(input.legendTitle, size.legend * 0.85, columnWidth);
    const box = size.legend;
    const items = input.legend.map((item) => ({
      swatch: item.swatch,
      lines: wrapText(item.count === undefined ? item.label : `${item.label}${item.count}`, size.legend, columnWidth - box * 1.5),
    }));
    const gap = 20 * t * u;
    const total =
      kicker.length * lead(size.kicker) +
      title.length * lead(size.title) +
      gap +
      legendTitle.length * lead(size.legend * 0.85) +
      items.reduce((sum, item) => sum + item.lines.length * lead(size.legend) + 6 * t * u, 0);
    return { size, kicker, title, legendTitle, items, gap, total };
  };
  let t = 1;
  let laid = column(t);
  while (laid.total > columnHeight && t > 0.5) laid = column((t -= 0.05));

  const out: string[] = [];
  let y = pad + Math.max(0, (columnHeight - laid.total) / 2);
  const text = (lines: readonly string[], fontSize: number, x: number, attrs: string) => {
    for (const line of lines) {
      y += lead(fontSize);
      out.push(`<text x="${fmt(x)}" y="${fmt(y - fontSize * 0.25)}" font-size="${fmt(fontSize)}"${attrs}>${escapeXml(line)}</text>`);
    }
  };
  text(laid.kicker, laid.size.kicker, pad, ` fill="${P.accent}" font-weight="700"`);
  text(laid.title, laid.size.title, pad, ' font-weight="700"');
  y += laid.gap;
  text(laid.legendTitle, laid.size.legend * 0.85, pad, ` fill="${P.muted}" font-weight="600"`);
  const box = laid.size.legend;
  for (const item of laid.items) {
    out.push(swatchSvg(item.swatch, pad, y + lead(box) - box * 1.02, box));
    text(item.lines, box, pad + box * 1.5, '');
    y += 6 * t * u;
  }

  const [vx, vy, vw, vh] = viewBox;
  const mapLeft = pad + columnWidth + gutter;
  const mapRoom = { width: width - pad - mapLeft, height: footerTop - pad - 12 * u };
  const k = Math.min(mapRoom.width / vw, mapRoom.height / vh);
  const mapWidth = vw * k;
  const mapHeight = vh * k;
  const mx = mapLeft + (mapRoom.width - mapWidth) / 2;
  const my = pad + (mapRoom.height - mapHeight) / 2;
  out.push(mapGroup(input, k, `translate(${fmt(mx)} ${fmt(my)}) scale(${k}) translate(${-vx} ${-vy})`, mapWidth, mapHeight, mx, my));
  out.push(...mapLabels(input, k, [mx, my], 14 * u, { x0: mx, y0: my, x1: mx + mapWidth, y1: my + mapHeight }));
  // Below the middle, clear of Taiwan's label.
  if (input.notice) out.push(noticeSvg(input.notice, mx + mapWidth / 2, my + mapHeight * 0.62, 20 * u, mapWidth * 0.75));

  y = footerTop;
  text(footerLines, footerSize, pad, ` fill="${P.muted}"`);
  return { svg: wrapSvg(input, height, out), width, height };
}

function mapGroup(input: ExportSvgInput, k: number, transform: string, w: number, h: number, x: number, y: number): string {
  const stroke = fmt(0.5 / k);
  const paths: string[] = [];
  const markers: string[] = [];
  const r = fmt(MARKER_RADIUS_PX / k);
  for (const shape of input.shapes) {
    const isTaiwan = shape.id === input.taiwanId;
    const fill = isTaiwan ? 'url(#taiwan-hatch)' : input.fills.get(shape.id);
    const tiny = isTiny(shape, k);
    const attrs = isTaiwan ? ` fill="${fill}" stroke="${P.taiwanStripe}"` : fill ? ` fill="${escapeXml(fill)}"` : '';
    paths.push(`<path data-id="${escapeXml(shape.id)}" d="${escapeXml(shape.d)}"${attrs}/>`);
    if (fill && tiny) {
      const [cx, cy] = shape.anchor;
      const edge = isTaiwan ? P.taiwanStripe : P.landStroke;
      markers.push(
        `<circle data-id="${escapeXml(shape.id)}" cx="${cx}" cy="${cy}" r="${r}" fill="${escapeXml(fill)}" stroke="${edge}" stroke-width="${fmt(1.2 / k)}"/>`,
      );
    }
  }
  const frame = `x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}"`;
  return [
    // The viewBox crops Antarctica and the far north; the clip does the same here.
    `<clipPath id="map-frame"><rect ${frame}/></clipPath>`,
    `<rect ${frame} fill="${P.sea}"/>`,
    `<g clip-path="url(#map-frame)"><g transform="${transform}" fill="${P.land}" stroke="${P.landStroke}" stroke-width="${stroke}" stroke-linejoin="round">`,
    ...paths,
    ...markers,
    '</g></g>',
  ].join('\n');
}

/** The names of small states and of the subject, beside their markers or along leader lines. */
function mapLabels(input: ExportSvgInput, k: number, [ox, oy]: readonly [number, number], fontSize: number, bounds: LabelBounds): string[] {
  const [vx, vy] = input.viewBox;
  const byId = new Map(input.shapes.map((shape) => [shape.id, shape]));
  const points: LabelPoint[] = [];
  const markers: LabelBounds[] = [];
  for (const [id, text] of input.labels) {
    const shape = byId.get(id);
    // Large countries speak for themselves; the small ones (drawn as circles) and the subject are named.
    if (!shape || (id !== input.taiwanId && !isTiny(shape, k))) continue;
    const x = ox + (shape.anchor[0] - vx) * k;
    const y = oy + (shape.anchor[1] - vy) * k;
    points.push({ id, text, x, y });
    markers.push({ x0: x - MARKER_RADIUS_PX, y0: y - MARKER_RADIUS_PX, x1: x + MARKER_RADIUS_PX, y1: y + MARKER_RADIUS_PX });
  }
  const out: string[] = [];
  for (const label of layoutLabels(points, fontSize, bounds, markers)) {
    if (label.leader) {
      const endX = label.anchor === 'start' ? label.textX - 2 : label.textX + 2;
      out.push(
        `<line x1="${fmt(label.x)}" y1="${fmt(label.y)}" x2="${fmt(endX)}" y2="${fmt(label.baseline - fontSize * 0.35)}" stroke="${P.muted}" stroke-width="0.6"/>`,
      );
    }
    out.push(
      `<text x="${fmt(label.textX)}" y="${fmt(label.baseline)}" font-size="${fmt(fontSize)}" text-anchor="${label.anchor}" stroke="${P.background}" stroke-width="${fmt(fontSize * 0.25)}" paint-order="stroke" stroke-linejoin="round">${escapeXml(label.text)}</text>`,
    );
  }
  return out;
}

type LabelBounds = { x0: number; y0: number; x1: number; y1: number };

/** A message over the middle of the map, on a white card. */
function noticeSvg(text: string, cx: number, cy: number, fontSize: number, maxWidth: number): string {
  const lines = wrapText(text, fontSize, maxWidth);
  const lineHeight = fontSize * 1.35;
  const width = Math.max(...lines.map((line) => estimateWidth(line, fontSize))) + fontSize * 2;
  const height = lines.length * lineHeight + fontSize;
  const top = cy - height / 2;
  const card = `<rect x="${fmt(cx - width / 2)}" y="${fmt(top)}" width="${fmt(width)}" height="${fmt(height)}" rx="6" fill="${P.background}" stroke="${P.muted}" stroke-width="0.6"/>`;
  const texts = lines.map(
    (line, i) =>
      `<text x="${fmt(cx)}" y="${fmt(top + fontSize / 2 + (i + 1) * lineHeight - fontSize * 0.3)}" font-size="${fmt(fontSize)}" font-weight="600" text-anchor="middle">${escapeXml(line)}</text>`,
  );
  return [card, ...texts].join('\n');
}

function swatchSvg(swatch: Swatch, x: number, y: number, size: number): string {
  const fill = swatch === 'neutral' ? P.land : swatch === 'taiwan' ? 'url(#taiwan-hatch)' : escapeXml(swatch.fill);
  const stroke = swatch === 'taiwan' ? P.taiwanStripe : P.muted;
  return `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(size)}" height="${fmt(size)}" fill="${fill}" stroke="${stroke}" stroke-width="0.5"/>`;
}

interface PlacedItem {
  text: string;
  swatch: Swatch;
  row: number;
  x: number;
}

/** Legend items side by side, wrapping to a new row when the next one does not fit. */
function layoutLegend(items: readonly LegendItem[], fontSize: number, maxWidth: number): { items: PlacedItem[]; rows: number } {
  const placed: PlacedItem[] = [];
  let row = 0;
  let x = 0;
  const gap = fontSize * 1.6;
  for (const item of items) {
    const text = item.count === undefined ? item.label : `${item.label}${item.count}`;
    const itemWidth = fontSize * 1.5 + estimateWidth(text, fontSize);
    if (x > 0 && x + itemWidth > maxWidth) {
      row += 1;
      x = 0;
    }
    placed.push({ text, swatch: item.swatch, row, x });
    x += itemWidth + gap;
  }
  return { items: placed, rows: items.length === 0 ? 0 : row + 1 };
}
