import { useState } from 'preact/hooks';
import type { ImportedResult } from '../../../store/resultFile';
import { t } from '../../strings/en';
import { BackToTitleButton } from '../BackToTitleButton';
import { type DebriefRun, DebriefView } from '../debrief/DebriefView';
import { useGameMemo } from '../useGame';

/** The debrief of the game just played, or of a result the player opened from a file or code. */
export function DebriefScreen() {
  const [imported, setImported] = useState<ImportedResult | null>(null);
  const own: DebriefRun = useGameMemo(
    ({ scenario, seed, commands, sim }) => ({ scenario, seed, commands, sim }),
    [],
  );
  const open = (result: ImportedResult) => {
    setImported(result);
    document.getElementById('debrief-heading')?.focus();
  };
  return (
    <section class="screen debrief-screen" aria-labelledby="debrief-heading">
      <h2 id="debrief-heading" tabIndex={-1} data-autofocus>
        {imported === null
          ? t('debrief.heading')
          : imported.nickname
            ? t('debrief.importedHeading', { nickname: imported.nickname })
            : t('debrief.importedAnonymous')}
      </h2>
      {imported === null ? (
        <p>{t('debrief.intro')}</p>
      ) : (
        <div class="callout debrief-imported">
          <p>
            {t('debrief.importedNote', {
              scenario: imported.scenario.name,
              seed: imported.seed,
              day: imported.day,
            })}
          </p>
          {!imported.matches && <p>{t('debrief.importedMismatch')}</p>}
          <button
            type="button"
            class="button button--small debrief-controls"
            onClick={() => setImported(null)}
          >
            {t('debrief.backToMine')}
          </button>
        </div>
      )}
      <DebriefView key={imported === null ? 'own' : 'imported'} run={imported ?? own} onImport={open} />
      <div class="actions debrief-controls">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('debrief.print')}
        </button>
        <BackToTitleButton variant="primary" />
      </div>
    </section>
  );
}
