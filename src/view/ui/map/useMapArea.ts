import { useEffect, useState } from 'preact/hooks';

import type { MapArea as Area } from '../../mapBridge';

/** The element of the play screen that leaves the middle open for the map. */
const MAP_AREA_SELECTOR = '.play__map';

/**
 * Where the open middle of the play screen is, so the map's controls sit on the map and not over
 * the panels docked around it. Follows the layout (a case file opening, a resize) through a
 * ResizeObserver and a MutationObserver on the UI; null while there is no such area.
 */
export function useMapArea(active: boolean): Area | null {
  const [area, setArea] = useState<Area | null>(null);
  useEffect(() => {
    if (!active) {
      setArea(null);
      return;
    }
    let observed: Element | null = null;
    let frame = 0;
    const resize = new ResizeObserver(() => schedule());
    const measure = () => {
      frame = 0;
      const element = document.querySelector(MAP_AREA_SELECTOR);
      if (element !== observed) {
        if (observed) resize.unobserve(observed);
        if (element) resize.observe(element);
        observed = element;
      }
      const box = element?.getBoundingClientRect();
      setArea((before) => {
        if (!box) return null;
        const next = { top: box.top, left: box.left, width: box.width, height: box.height };
        const same =
          before !== null &&
          before.top === next.top &&
          before.left === next.left &&
          before.width === next.width &&
          before.height === next.height;
        return same ? before : next;
      });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    const ui = document.getElementById('ui');
    const mutations = new MutationObserver(schedule);
    if (ui) mutations.observe(ui, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [active]);
  return area;
}
