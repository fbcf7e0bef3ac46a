import type { Role } from '../../store/selectors/names';

/** The project's icons (assets/icons/*.svg), drawn in the current text colour through a CSS mask. */
export type IconName =
  | `role-${Role}`
  | 'msg-shipment'
  | 'msg-money'
  | 'msg-weapons'
  | 'msg-threat'
  | 'msg-meeting'
  | 'msg-rumour'
  | 'msg-noise'
  | 'analysts'
  | 'authorisation'
  | 'check'
  | 'close'
  | 'country'
  | 'evidence'
  | 'handset'
  | 'heat'
  | 'leak'
  | 'message'
  | 'raid'
  | 'sound-off'
  | 'sound-on'
  | 'syndicate'
  | 'takedown';

/** Decorative: every icon sits beside words that say the same thing. */
export function Icon({ name }: { name: IconName }) {
  return <span class={`icon icon--${name}`} aria-hidden="true" />;
}
