/** How much of the network the map shows: syndicates on the world map, one syndicate's people, or everyone. */
export type MapMode = 'world' | 'members' | 'all';

/**
 * The panels a narrow screen opens over the map one at a time, besides the case file and the
 * inbox (which open with a syndicate chosen and with the inbox): the network (syndicates and the
 * activity log) and the player's actions.
 */
export type PlaySheet = 'network' | 'actions';

export interface MapSlice {
  mapMode: MapMode;
  /** The syndicate the player is looking at (its case file, its members on the map). */
  selectedSyndicate: number | null;
  /** The sheet open over the map on a narrow screen; a syndicate chosen or the inbox opened closes it. */
  playSheet: PlaySheet | null;
  selectSyndicate(syndicate: number | null): void;
  setMapMode(mode: MapMode): void;
  /** Open a sheet (closing the inbox, which shares the room), or close it with null. */
  setPlaySheet(sheet: PlaySheet | null): void;
}

export function createMapSlice(
  set: (partial: Partial<MapSlice> & { inboxOpen?: boolean }) => void,
): MapSlice {
  return {
    mapMode: 'world',
    selectedSyndicate: null,
    playSheet: null,
    selectSyndicate: (syndicate) =>
      set(
        syndicate === null ? { selectedSyndicate: null } : { selectedSyndicate: syndicate, playSheet: null },
      ),
    setMapMode: (mode) => set({ mapMode: mode }),
    setPlaySheet: (sheet) =>
      set(sheet === null ? { playSheet: null } : { playSheet: sheet, inboxOpen: false }),
  };
}
