import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Scenario } from '../../../sim';
import { builtInScenario, SCENARIO_CHOICES } from '../../../store/flowSlice';
import { t } from '../../strings/en';
import { BackToTitleButton } from '../BackToTitleButton';
import { ScenarioFileDrop } from '../editor/ScenarioFileDrop';
import { formatCount } from '../format';
import { linkProblemText } from '../linkProblemText';
import { SaveProblem } from '../SaveProblem';
import { ScenarioCard } from '../ScenarioCard';
import { useAppStore } from '../storeContext';

/** Pick an operation to run, or go back to the one saved in this browser. */
export function ScenarioScreen() {
  const chooseScenario = useAppStore((s) => s.chooseScenario);
  const resumeGame = useAppStore((s) => s.resumeGame);
  const savedGameInfo = useAppStore((s) => s.savedGameInfo);
  const saveProblem = useAppStore((s) => s.saveProblem);
  const linked = useAppStore((s) => s.linkedScenario);
  const linkProblem = useAppStore((s) => s.linkProblem);
  const chooseLinkedScenario = useAppStore((s) => s.chooseLinkedScenario);
  const playScenario = useAppStore((s) => s.playScenario);
  const [fromFile, setFromFile] = useState<{ scenario: Scenario; migratedFrom: number | null } | null>(null);
  // A file is opened at the foot of the page and offered at its head: take the reader there.
  useEffect(() => {
    if (fromFile) document.getElementById('scenario-file')?.focus();
  }, [fromFile]);
  // Read once per visit (and again after the save changes): the save lives in storage, not in state.
  const saved = useMemo(() => (saveProblem === null ? savedGameInfo() : null), [savedGameInfo, saveProblem]);

  return (
    <section class="screen" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading" tabIndex={-1} data-autofocus>
        {t('scenarios.heading')}
      </h2>
      <SaveProblem />
      {linkProblem && (
        <p class="callout" role="alert">
          {t('scenarios.linkProblem', { reason: linkProblemText(linkProblem) })}
        </p>
      )}
      {linked && (
        <ScenarioCard
          id="scenario-linked"
          scenario={linked}
          tag={t('scenarios.linked')}
          onChoose={chooseLinkedScenario}
        />
      )}
      {fromFile && (
        <ScenarioCard
          id="scenario-file"
          scenario={fromFile.scenario}
          tag={t('scenarioFile.loaded')}
          note={
            fromFile.migratedFrom === null
              ? undefined
              : t('scenarioFile.migrated', { version: fromFile.migratedFrom })
          }
          focusable
          onChoose={() => playScenario(fromFile.scenario)}
        />
      )}
      {saved && (
        <div class="callout">
          <p>{t('scenarios.saved', { name: saved.scenarioName, day: formatCount(saved.day) })}</p>
          <button type="button" class="button button--primary" onClick={resumeGame}>
            {t('scenarios.resume')}
          </button>
        </div>
      )}
      <ul class="cards">
        {SCENARIO_CHOICES.map((id) => (
          <ScenarioCard
            key={id}
            id={`scenario-${id}`}
            scenario={builtInScenario(id)}
            item
            onChoose={() => chooseScenario(id)}
          />
        ))}
      </ul>
      {saved && <p class="fineprint">{t('scenarios.replaces')}</p>}
      <section class="scenario-file" aria-labelledby="scenario-file-heading">
        <h3 id="scenario-file-heading" class="visually-hidden">
          {t('scenarioFile.heading')}
        </h3>
        <ScenarioFileDrop
          id="scenario-file-drop"
          onScenario={(scenario, migratedFrom) => setFromFile({ scenario, migratedFrom })}
        />
      </section>
      <div class="actions">
        <BackToTitleButton variant="quiet" />
      </div>
    </section>
  );
}
