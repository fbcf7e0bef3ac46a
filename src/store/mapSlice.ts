/** How much of the network the map shows: syndicates on the world map, one syndicate's people, or everyone. */
export type MapMode = 'world' | 'members' | 'all';

export interface MapSlice {
  mapMode: MapMode;
  /** The syndicate the player is looking at (its case file, its members on the map). */
  selectedSyndicate: number | null;
  selectSyndicate(syndicate: number | null): void;
  setMapMode(mode: MapMode): void;
}

export function createMapSlice(set: (partial: Partial<MapSlice>) => void): MapSlice {
  return {
    mapMode: 'world',
    selectedSyndicate: null,
    selectSyndicate: (syndicate) => set({ selectedSyndicate: syndicate }),
    setMapMode: (mode) => set({ mapMode: mode }),
  };
}
