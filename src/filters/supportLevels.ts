/**
 * The colour of a country answers one question: what is the strongest kind of support it showed?
 * The six support types fall into four levels, strongest first; a country takes the highest level
 * among the types it showed (of those selected). The levels do not depend on the filters, so a
 * colour means the same whatever is selected.
 */
import type { SupportTypeId } from '../data/schema.ts';

export const SUPPORT_LEVELS = [
  /** The government, or its delegation at the Assembly: the state itself. */
  { id: 'government', rank: 4, types: ['executive', 'delegation'] },
  /** A legislature adopted a resolution or motion. */
  { id: 'legislature', rank: 3, types: ['legislature'] },
  /** Individual legislators wrote or spoke. */
  { id: 'legislators', rank: 2, types: ['legislators'] },
  /** A mission in Taiwan posted, or the media published. */
  { id: 'mission-media', rank: 1, types: ['mission', 'media'] },
] as const satisfies readonly { id: string; rank: number; types: readonly SupportTypeId[] }[];

export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
export type SupportLevelId = SupportLevel['id'];

const RANK_OF_TYPE = new Map<SupportTypeId, number>(SUPPORT_LEVELS.flatMap((level) => level.types.map((type) => [type, level.rank])));

/** 1 (mission or media) to 4 (government or delegation); 0 for no type. */
export function levelOf(types: readonly SupportTypeId[]): number {
  let rank = 0;
  for (const type of types) rank = Math.max(rank, RANK_OF_TYPE.get(type) ?? 0);
  return rank;
}

/** The levels that some selected type can reach, strongest first. */
export function possibleLevels(selected: readonly SupportTypeId[]): SupportLevel[] {
  return SUPPORT_LEVELS.filter((level) => level.types.some((type) => selected.includes(type)));
}
