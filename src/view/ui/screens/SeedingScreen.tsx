import { useMemo, useState } from 'preact/hooks';
import { playsInTurns } from '../../../store/selectors/clockGate';
import { seedOptions } from '../../../store/selectors/seedChoices';
import { t } from '../../strings/en';
import { CandidatePicker } from '../CandidatePicker';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';

/** Before the clock starts: which of the informant's contacts get the first handsets. */
export function SeedingScreen() {
  const game = useGame();
  const seedFirstContacts = useAppStore((s) => s.seedFirstContacts);
  const turns = useAppStore(playsInTurns);
  const choices = useMemo(() => seedOptions(game.sim), [game.sim]);
  const [chosen, setChosen] = useState<number[]>([]);
  const supply = game.figures.supply;

  return (
    <section class="screen" aria-labelledby="seeding-heading">
      <h2 id="seeding-heading" tabIndex={-1} data-autofocus>
        {t('seeding.heading')}
      </h2>
      <p class="seeding__trade">{t('seeding.tradeOff')}</p>
      <p>{t('seeding.intro', { count: choices.length, supply })}</p>
      <p class="hint">{t('seed.adviceOrder')}</p>
      <CandidatePicker choices={choices} limit={supply} chosen={chosen} onChange={setChosen} />
      <div class="actions actions--sticky">
        <button
          type="button"
          class="button button--primary"
          disabled={chosen.length === 0}
          aria-describedby="seeding-hint"
          onClick={() => seedFirstContacts(chosen)}
        >
          {t('seeding.confirm')}
        </button>
        <p id="seeding-hint" class="hint">
          {chosen.length === 0
            ? t('seeding.hintNone')
            : turns
              ? t('seeding.hintReadyTurns')
              : t('seeding.hintReady')}
        </p>
      </div>
    </section>
  );
}
