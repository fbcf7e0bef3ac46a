import { useMemo, useState } from 'preact/hooks';
import { POLICY_NAMES, type PolicyName, type Scenario } from '../../../sim';
import { builtInScenario, SCENARIO_CHOICES } from '../../../store/flowSlice';
import type { PresentedScenario } from '../../../store/presenterSlice';
import { t } from '../../strings/en';
import { BackToTitleButton } from '../BackToTitleButton';
import { formatCount } from '../format';
import { networkFacts } from '../ScenarioCard';
import { useAppStore } from '../storeContext';
import { PresenterKeys } from './PresenterKeys';

interface Option<T extends string> {
  value: T;
  label: string;
  about: string;
}

function scenarioOption(
  value: PresentedScenario,
  scenario: Scenario,
  label = scenario.name,
): Option<PresentedScenario> {
  const facts = t('presenter.scenarioFacts', networkFacts(scenario));
  return { value, label, about: `${scenario.summary} ${facts}` };
}

/** One choice among a few, each with a line saying what it means. */
function Choices<T extends string>(props: {
  name: string;
  legend: string;
  options: Option<T>[];
  chosen: T;
  choose: (value: T) => void;
}) {
  return (
    <fieldset class="picker">
      <legend>{props.legend}</legend>
      <ul class="check-list presenter-choices">
        {props.options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="radio"
                name={props.name}
                value={option.value}
                checked={option.value === props.chosen}
                aria-describedby={`${props.name}-${option.value}-about`}
                onChange={() => props.choose(option.value)}
              />
              {option.label}
            </label>
            <span class="check-list__facts" id={`${props.name}-${option.value}-about`}>
              {option.about}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The presenter chooses an operation and a policy; the game then plays itself for the room. */
export function PresenterScreen() {
  const linked = useAppStore((s) => s.linkedScenario);
  const startPresentation = useAppStore((s) => s.startPresentation);
  const savedGameInfo = useAppStore((s) => s.savedGameInfo);
  const saved = useMemo(() => savedGameInfo(), [savedGameInfo]);
  const [scenario, setScenario] = useState<PresentedScenario>(linked ? 'linked' : 'workshop');
  const [policy, setPolicy] = useState<PolicyName>('historical');

  const scenarios = [
    ...(linked ? [scenarioOption('linked', linked, t('presenter.linked', { name: linked.name }))] : []),
    ...SCENARIO_CHOICES.map((id) => scenarioOption(id, builtInScenario(id))),
  ];
  const policies = POLICY_NAMES.map((name) => ({
    value: name,
    label: t(`policy.${name}.label`),
    about: t(`policy.${name}.about`),
  }));

  const start = (event: Event) => {
    event.preventDefault();
    startPresentation(scenario, policy);
  };

  return (
    <section class="screen presenter-setup" aria-labelledby="presenter-heading">
      <h2 id="presenter-heading" tabIndex={-1} data-autofocus>
        {t('presenter.heading')}
      </h2>
      <p>{t('presenter.intro')}</p>
      <form onSubmit={start}>
        <div class="columns">
          <Choices
            name="presenter-scenario"
            legend={t('presenter.scenario')}
            options={scenarios}
            chosen={scenario}
            choose={setScenario}
          />
          <Choices
            name="presenter-policy"
            legend={t('presenter.policy')}
            options={policies}
            chosen={policy}
            choose={setPolicy}
          />
        </div>
        <h3>{t('presenter.keysHeading')}</h3>
        <PresenterKeys />
        <p class="fineprint">
          {saved
            ? t('presenter.replaces', { name: saved.scenarioName, day: formatCount(saved.day) })
            : t('presenter.saved')}
        </p>
        <div class="actions">
          <button type="submit" class="button button--primary">
            {t('presenter.start')}
          </button>
          <BackToTitleButton variant="quiet" />
        </div>
      </form>
    </section>
  );
}
