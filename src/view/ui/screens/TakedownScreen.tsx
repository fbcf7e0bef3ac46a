import { useMemo, useState } from 'preact/hooks';
import type { TakedownPriority } from '../../../sim';
import type { SyndicateLabel } from '../../../store/selectors/names';
import {
  nameablePeople,
  nameableSyndicates,
  takedownCountries,
  takedownPlan,
} from '../../../store/selectors/takedownPlan';
import { t } from '../../strings/en';
import { countryName, formatCount } from '../format';
import { syndicateName } from '../labels';
import { useAppStore } from '../storeContext';
import { TargetTable } from '../TargetTable';
import { NamedTargets } from '../takedown/NamedTargets';
import { PlanFigures } from '../takedown/PlanFigures';
import { PriorityChoice, priorityCaption } from '../takedown/PriorityChoice';
import { useGame, useGameMemo } from '../useGame';

/** Syndicates named per country; the rest are counted. */
const NAMED_PER_COUNTRY = 3;

function syndicateList(syndicates: readonly SyndicateLabel[]): string {
  const names = syndicates.slice(0, NAMED_PER_COUNTRY).map(syndicateName).join(', ');
  const more = syndicates.length - NAMED_PER_COUNTRY;
  return more > 0 ? t('takedown.andMore', { names, count: formatCount(more) }) : names;
}

/** Targets listed on the planning screen: the first the teams would go for. */
const TARGETS_SHOWN = 10;
/** People offered for marking: the strongest cases among bosses, lieutenants and the player's tags. */
const NAMEABLE_PEOPLE = 15;

/**
 * The day of action: where (each country brings its officers, every partner adds a chance of a
 * warning), whom the teams go for (a priority, and anyone the player marks), with how many officers.
 */
export function TakedownScreen() {
  const { scenario, figures } = useGame();
  const launchTakedown = useAppStore((s) => s.launchTakedown);
  const backToPlay = useAppStore((s) => s.backToPlay);
  const countries = useGameMemo((g) => takedownCountries(g.sim), []);
  const all = useMemo(() => countries.map((c) => c.iso), [countries]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(all));
  const { officers: maxOfficers, officersPerArrest } = scenario.takedown;
  const [asked, setAsked] = useState(maxOfficers);
  const [priority, setPriority] = useState<TakedownPriority>('key-player');
  const [people, setPeople] = useState<readonly number[]>([]);
  const [syndicates, setSyndicates] = useState<readonly number[]>([]);
  const plan = useGameMemo(
    (g) =>
      takedownPlan(
        g.sim,
        { countries: chosen, officers: asked, priority, people, syndicates },
        TARGETS_SHOWN,
      ),
    [chosen, asked, priority, people, syndicates],
  );
  const nameable = useGameMemo(
    (g) => ({
      people: nameablePeople(g.sim, chosen, NAMEABLE_PEOPLE),
      syndicates: nameableSyndicates(g.sim, chosen),
    }),
    [chosen],
  );
  const marked = useMemo(
    () =>
      new Set(
        plan.targets
          .filter(
            (target) => people.includes(target.person) || syndicates.includes(target.syndicate.syndicate),
          )
          .map((target) => target.person),
      ),
    [plan, people, syndicates],
  );

  const toggle = (iso: string) => {
    const next = new Set(chosen);
    if (!next.delete(iso)) next.add(iso);
    setChosen(next);
  };
  const orders = plan.orders;

  return (
    <section class="screen" aria-labelledby="takedown-heading">
      <h2 id="takedown-heading" tabIndex={-1} data-autofocus>
        {t('takedown.heading', { day: formatCount(figures.day) })}
      </h2>
      {!plan.admissible && <p class="callout callout--danger">{t('takedown.inadmissible')}</p>}
      <div class="columns columns--plan">
        <div>
          <label class="slider" for="officers">
            <span>
              {t('takedown.officers', {
                officers: formatCount(plan.officers),
                brought: formatCount(plan.officersBrought),
              })}
            </span>
            <input
              id="officers"
              type="range"
              min={Math.min(officersPerArrest, plan.officersBrought)}
              max={plan.officersBrought - (plan.officersBrought % officersPerArrest)}
              step={officersPerArrest}
              value={plan.officers}
              disabled={plan.officersBrought < officersPerArrest}
              aria-valuetext={t('takedown.officersValue', {
                officers: formatCount(plan.officers),
                teams: formatCount(plan.teams),
              })}
              onInput={(e) => setAsked(Number(e.currentTarget.value))}
            />
          </label>
          <PlanFigures plan={plan} perTeam={officersPerArrest} countries={chosen.size} />
          <PriorityChoice chosen={priority} choose={setPriority} />
          <TargetTable targets={plan.targets} caption={priorityCaption(priority)} marked={marked} />
          <NamedTargets
            people={nameable.people}
            syndicates={nameable.syndicates}
            markedPeople={people}
            markedSyndicates={syndicates}
            onPeople={setPeople}
            onSyndicates={setSyndicates}
          />
        </div>
        <fieldset class="picker">
          <legend>{t('takedown.countries', { chosen: chosen.size, total: countries.length })}</legend>
          <div class="picker__bulk">
            <button type="button" class="button button--small" onClick={() => setChosen(new Set(all))}>
              {t('takedown.allCountries')}
            </button>
            <button type="button" class="button button--small" onClick={() => setChosen(new Set())}>
              {t('takedown.noCountries')}
            </button>
          </div>
          <ul class="country-list">
            {countries.map((c) => (
              <li key={c.iso}>
                <label>
                  <input type="checkbox" checked={chosen.has(c.iso)} onChange={() => toggle(c.iso)} />
                  <span class="country-list__name">{countryName(c.iso)}</span>
                </label>
                <span class="country-list__facts">
                  {t('takedown.countryFacts', {
                    syndicates: syndicateList(c.syndicates),
                    people: formatCount(c.withEvidence),
                    officers: formatCount(c.officers),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <div class="actions actions--sticky">
        <button
          type="button"
          class="button button--primary button--danger"
          disabled={orders === null}
          onClick={() => orders && launchTakedown(orders)}
        >
          {t('takedown.launch')}
        </button>
        <button type="button" class="button button--quiet" onClick={backToPlay}>
          {t('takedown.back')}
        </button>
        {chosen.size === 0 && <p class="hint">{t('takedown.hintNoCountry')}</p>}
        {chosen.size > 0 && orders === null && <p class="hint">{t('takedown.hintNoTeams')}</p>}
      </div>
    </section>
  );
}
