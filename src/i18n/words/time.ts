/** English words of the timeline (they ship with its chunk). */
export const timeWords = {
  timelineLabel: 'General Assembly',
  timelineNoList: ', no list of supporters found',
  timelinePlay: 'Play through the years',
  timelinePause: 'Pause',
} as const;
