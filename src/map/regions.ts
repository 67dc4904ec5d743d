/**
 * Boxes of the map's crowded regions, in viewBox units of the projected frame (frame.generated.ts):
 * where most of the small states that supported Taiwan sit, too close together to tell apart on a
 * world map. A shortcut zooms to one of them.
 */
export const MAP_REGIONS = {
  europe: [412, 18, 548, 122],
  caribbean: [196, 150, 306, 216],
  pacific: [786, 176, 958, 318],
} as const satisfies Record<string, readonly [number, number, number, number]>;

export type MapRegion = keyof typeof MAP_REGIONS;
export const MAP_REGION_IDS = Object.keys(MAP_REGIONS) as MapRegion[];
