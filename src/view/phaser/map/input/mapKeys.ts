/**
 * The map's keyboard, when its wrapper has focus: arrows pan (Shift: further), + and − zoom,
 * 0 or Home shows everything, N and P step the cursor through syndicates, Enter selects the
 * marked one (Space is left to the clock), Escape clears the selection and the mark. Pure: a key in, an intention out.
 */
import type { MapAction } from '../../../mapBridge';

export type KeyIntent =
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'action'; readonly action: MapAction }
  | { readonly kind: 'clear' };

/** Share of the screen an arrow key moves the map by. */
const STEP = 0.12;
const BIG_STEP = 0.36;

export function keyIntent(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  width: number,
  height: number,
): KeyIntent | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const step = event.shiftKey ? BIG_STEP : STEP;
  switch (event.key) {
    case 'ArrowLeft':
      return { kind: 'pan', dx: width * step, dy: 0 };
    case 'ArrowRight':
      return { kind: 'pan', dx: -width * step, dy: 0 };
    case 'ArrowUp':
      return { kind: 'pan', dx: 0, dy: height * step };
    case 'ArrowDown':
      return { kind: 'pan', dx: 0, dy: -height * step };
    case '+':
    case '=':
      return { kind: 'action', action: 'zoom-in' };
    case '-':
    case '_':
      return { kind: 'action', action: 'zoom-out' };
    case '0':
    case 'Home':
      return { kind: 'action', action: 'reset' };
    case 'n':
    case 'N':
      return { kind: 'action', action: 'next' };
    case 'p':
    case 'P':
      return { kind: 'action', action: 'previous' };
    case 'Enter':
      return { kind: 'action', action: 'select' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}
