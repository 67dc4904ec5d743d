/**
 * The picture's sizes in CSS px (the PNG has twice as many pixels): as wide as a page, its height
 * following the content; or fixed, for social media (16:9 for X and LinkedIn, square for
 * Instagram). Apart from the export code, so that the Download menu can offer them without it.
 */
export const PICTURE_SIZES = {
  page: { width: 1200 },
  landscape: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
} as const satisfies Record<string, { width: number; height?: number }>;
export type PictureSize = keyof typeof PICTURE_SIZES;
export const PICTURE_SIZE_IDS = Object.keys(PICTURE_SIZES) as PictureSize[];

export interface PictureOptions {
  size: PictureSize;
  /** Names of small states on the map. */
  labels: boolean;
  /** No background: what the picture is placed on shows through. */
  transparent: boolean;
}

export const DEFAULT_PICTURE: PictureOptions = { size: 'page', labels: true, transparent: false };
