import type { Turn } from '../../../store/gameSlice';
import { turnPlayable } from '../../../store/selectors/clockGate';
import { t } from '../../strings/en';
import { useAppStore } from '../storeContext';

/** Each turn's button text and key (playKeys.ts; none with letter keys off). */
const turns: { turn: Turn; label: () => string; key: string; hint?: () => string }[] = [
  { turn: 'day', label: () => t('turns.day'), key: 'D' },
  { turn: 'week', label: () => t('turns.week'), key: 'W' },
  { turn: 'event', label: () => t('turns.event'), key: 'E', hint: () => t('turns.eventHint') },
];

/** Turn mode's clock: the days move on only when the player plays a turn. */
export function TurnControls() {
  const playable = useAppStore(turnPlayable);
  const advanceTurn = useAppStore((s) => s.advanceTurn);
  const letterKeys = useAppStore((s) => s.letterKeys);
  return (
    <fieldset class="speed speed--turns">
      <legend class="visually-hidden">{t('turns.label')}</legend>
      {turns.map(({ turn, label, key, hint }) => (
        <button
          key={turn}
          type="button"
          class="speed__button"
          aria-keyshortcuts={letterKeys ? key : undefined}
          title={hint?.()}
          disabled={!playable}
          onClick={() => advanceTurn(turn)}
        >
          {label()}
        </button>
      ))}
    </fieldset>
  );
}
