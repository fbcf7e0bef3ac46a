import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/appStore';

/** A narrow screen shows one panel over the map at a time: the store keeps them from piling up. */
describe('the sheets over the map on a narrow screen', () => {
  it('opens the network or the actions, closing the inbox that shares the room', () => {
    const store = createAppStore({ storage: null });
    store.getState().setInboxOpen(true);
    store.getState().setPlaySheet('network');
    expect(store.getState().playSheet).toBe('network');
    expect(store.getState().inboxOpen).toBe(false);
    store.getState().setPlaySheet('actions');
    expect(store.getState().playSheet).toBe('actions');
    store.getState().setPlaySheet(null);
    expect(store.getState().playSheet).toBeNull();
  });

  it('gives way to a syndicate chosen (its case file) and to the inbox opened', () => {
    const store = createAppStore({ storage: null });
    store.getState().setPlaySheet('network');
    store.getState().selectSyndicate(3);
    expect(store.getState().playSheet).toBeNull();
    store.getState().setPlaySheet('actions');
    store.getState().selectSyndicate(null);
    expect(store.getState().playSheet).toBe('actions');
    store.getState().setInboxOpen(true);
    expect(store.getState().playSheet).toBeNull();
    store.getState().setPlaySheet('network');
    store.getState().setInboxOpen(false);
    expect(store.getState().playSheet).toBe('network');
  });
});
