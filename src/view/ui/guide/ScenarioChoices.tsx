import { builtInScenario, SCENARIO_CHOICES, type ScenarioChoice } from '../../../store/flowSlice';
import { t } from '../../strings/en';
import { networkFacts } from '../ScenarioCard';
import { GuideSection } from './GuideSection';

const advice: Record<ScenarioChoice, { time: () => string; use: () => string }> = {
  classroom: { time: () => t('guide.scenarios.classroomTime'), use: () => t('guide.scenarios.classroomUse') },
  workshop: { time: () => t('guide.scenarios.workshopTime'), use: () => t('guide.scenarios.workshopUse') },
  'full-scale': { time: () => t('guide.scenarios.fullTime'), use: () => t('guide.scenarios.fullUse') },
};

/** The built-in scenarios as the picker offers them, with the time each takes and what it suits. */
export function ScenarioChoices() {
  return (
    <GuideSection id="scenarios" heading={t('guide.scenariosHeading')}>
      <table class="table guide-scenarios">
        <caption>{t('guide.scenariosCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guide.scenarios.name')}</th>
            <th scope="col">{t('guide.scenarios.size')}</th>
            <th scope="col">{t('guide.scenarios.time')}</th>
            <th scope="col">{t('guide.scenarios.use')}</th>
          </tr>
        </thead>
        <tbody>
          {SCENARIO_CHOICES.map((id) => {
            const scenario = builtInScenario(id);
            return (
              <tr key={id} data-scenario={id}>
                <th scope="row">{scenario.name}</th>
                <td>{t('scenarios.facts', networkFacts(scenario))}</td>
                <td>{advice[id].time()}</td>
                <td>{advice[id].use()}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{t('guide.speed')}</p>
    </GuideSection>
  );
}
