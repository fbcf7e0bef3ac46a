import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';

/** Rows rendered above and below the visible ones, so a fast scroll never shows a gap. */
const OVERSCAN = 6;
/** Until a row has been measured: about two lines of text at the inbox's type size. */
const DEFAULT_ROW_PX = 64;

export interface VirtualWindow {
  /** Height of one row in CSS pixels (rows are all the same height; CSS sets it in em). */
  readonly rowHeight: number;
  /** Rows that fit in the scroller's height. */
  readonly pageRows: number;
  /** First and one-past-last index to render. */
  readonly start: number;
  readonly end: number;
  /** Scroll so row `index` is fully visible, moving as little as possible. */
  scrollToRow(index: number): void;
}

/**
 * The slice of a long list that is on screen: only those rows are rendered, so 10,000 messages
 * cost as much as 20. Listens to the scroller's scroll position and size; the row height is
 * measured from a rendered row (it follows the font size, which grows with the window).
 */
export function useVirtualWindow(
  scroller: RefObject<HTMLElement>,
  count: number,
  rowSelector: string,
): VirtualWindow {
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_PX);
  const [view, setView] = useState({ top: 0, height: DEFAULT_ROW_PX * 10 });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const row = element.querySelector<HTMLElement>(rowSelector);
      const h = row?.getBoundingClientRect().height ?? 0;
      if (h > 0) setRowHeight((old) => (Math.abs(old - h) > 0.1 ? h : old));
      setView((old) =>
        old.top === element.scrollTop && old.height === element.clientHeight
          ? old
          : { top: element.scrollTop, height: element.clientHeight },
      );
    };
    // One update per frame however many scroll events arrive.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      resize.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scroller, rowSelector]);

  // A list that shrank (a filter) may leave the scroll position past its end.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element !== null && element.scrollTop !== view.top)
      setView({ top: element.scrollTop, height: element.clientHeight });
  }, [count]);

  const scrollToRow = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (element === null) return;
      const top = index * rowHeight;
      const bottom = top + rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + element.clientHeight)
        element.scrollTop = bottom - element.clientHeight;
      setView({ top: element.scrollTop, height: element.clientHeight });
    },
    [scroller, rowHeight],
  );

  const pageRows = Math.max(1, Math.floor(view.height / rowHeight));
  const first = Math.floor(view.top / rowHeight);
  return {
    rowHeight,
    pageRows,
    start: Math.max(0, Math.min(count, first - OVERSCAN)),
    end: Math.min(count, first + pageRows + 1 + OVERSCAN),
    scrollToRow,
  };
}
