/** English words of the map's own controls and notices (they ship with their chunks). */
export const mapWords = {
  noTypeSelected: 'No support type is selected.',
  showAllTypes: 'Show all types',
  zoomTo: 'Zoom to',
  regionWorld: 'World',
  regionEurope: 'Europe',
  regionCaribbean: 'Caribbean',
  regionPacific: 'Pacific',
} as const;
