import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/appStore';

describe('appStore', () => {
  it('starts on the title screen', () => {
    expect(createAppStore().getState().screen).toBe('title');
  });

  it('Start shows the coming-next notice and Back returns to the title', () => {
    const store = createAppStore();
    const seen: string[] = [];
    store.subscribe((state) => seen.push(state.screen));
    store.getState().start();
    expect(store.getState().screen).toBe('coming-next');
    store.getState().backToTitle();
    expect(store.getState().screen).toBe('title');
    expect(seen).toEqual(['coming-next', 'title']);
  });

  it('can start on a given screen (for tests and future deep links)', () => {
    expect(createAppStore({ screen: 'coming-next' }).getState().screen).toBe('coming-next');
  });
});
