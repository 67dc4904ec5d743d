/**
 * The HTML a journalist pastes to embed the map. Two forms: with the loader script, the iframe
 * takes the height the map reports (public/embed.js, src/embed/heightReporter.ts); without it,
 * the iframe has a fixed height. Every value is escaped for a double-quoted attribute.
 */
import { escapeXml } from '../present/escapeXml.ts';

export type EmbedHeight = 'auto' | number;

export interface EmbedCodeInput {
  /** The iframe's src (embedUrl). */
  src: string;
  /** Absolute URL of embed.js on the map's origin (loaderUrl). */
  loader: string;
  /** The iframe's accessible name. */
  title: string;
  height: EmbedHeight;
  /** With height 'auto': the frame's height until the loader has resized it (or if it never runs). */
  initialHeight?: number;
  /** The iframe's name: the id in its height messages, so a page with two maps can tell them apart. */
  name?: string;
}

export interface EmbedLayout {
  plain: boolean;
  static: boolean;
}

/** Column widths where the embed's layout changes (its filters and legend wrap differently). */
export const COLUMN_BREAKS = { wide: 720, medium: 480 } as const;

/**
 * Heights that show the whole embed without scrolling, for columns [≥720 px, 480–719 px, <480 px].
 * Measured in Chromium on the built embed (2025 edition, English and Chinese, columns of 800,
 * 719, 479 and 320 px), the larger of the two languages plus a few per cent, rounded up to 25 px.
 * The layout of src/app/EmbedApp.tsx decides these: measure again when it changes.
 */
export const FIXED_HEIGHTS = {
  full: [850, 900, 1050],
  plain: [700, 700, 775],
  static: [650, 600, 650],
  plainStatic: [475, 450, 400],
} as const;

/** Height of the frame before the loader has measured anything, and the default fixed height. */
export const DEFAULT_HEIGHT = 650;
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 10000;

export function heightsFor(layout: EmbedLayout): readonly [number, number, number] {
  if (layout.static) return layout.plain ? FIXED_HEIGHTS.plainStatic : FIXED_HEIGHTS.static;
  return layout.plain ? FIXED_HEIGHTS.plain : FIXED_HEIGHTS.full;
}

export function suggestedHeight(columnWidth: number, layout: EmbedLayout): number {
  const [wide, medium, narrow] = heightsFor(layout);
  return columnWidth >= COLUMN_BREAKS.wide ? wide : columnWidth >= COLUMN_BREAKS.medium ? medium : narrow;
}

/** A height the loader would accept, as a whole number; anything else becomes the default. */
export function normalizeHeight(height: number): number {
  if (!Number.isFinite(height)) return DEFAULT_HEIGHT;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
}

export function buildEmbedCode({
  src,
  loader,
  title,
  height,
  initialHeight = DEFAULT_HEIGHT,
  name = 'support-map',
}: EmbedCodeInput): string {
  const attr = (value: string) => `"${escapeXml(value)}"`;
  const px = normalizeHeight(height === 'auto' ? initialHeight : height);
  const iframe =
    `<iframe src=${attr(src)} title=${attr(title)} name=${attr(name)}` +
    `${height === 'auto' ? ' data-support-map' : ''} loading="lazy" style="border:0;width:100%" height="${px}"></iframe>`;
  return height === 'auto' ? `${iframe}\n<script src=${attr(loader)} async></script>` : iframe;
}
