import { useMemo, useState } from 'preact/hooks';
import type { SyndicateLabel } from '../../../store/selectors/names';
import { takedownCountries, takedownPlan } from '../../../store/selectors/takedownPlan';
import { t } from '../../strings/en';
import { countryName, formatCount } from '../format';
import { syndicateName } from '../labels';
import { useAppStore } from '../storeContext';
import { TargetTable } from '../TargetTable';
import { useGame, useGameMemo } from '../useGame';

/** Syndicates named per country; the rest are counted. */
const NAMED_PER_COUNTRY = 3;

function syndicateList(syndicates: readonly SyndicateLabel[]): string {
  const names = syndicates.slice(0, NAMED_PER_COUNTRY).map(syndicateName).join(', ');
  const more = syndicates.length - NAMED_PER_COUNTRY;
  return more > 0 ? t('takedown.andMore', { names, count: formatCount(more) }) : names;
}

/** Targets listed on the planning screen: the strongest cases the teams would go for. */
const TARGETS_SHOWN = 10;

/** The day of action: where, against whom (their evidence strength), with how many officers. */
export function TakedownScreen() {
  const { scenario, figures } = useGame();
  const launchTakedown = useAppStore((s) => s.launchTakedown);
  const backToPlay = useAppStore((s) => s.backToPlay);
  const countries = useGameMemo((g) => takedownCountries(g.sim), []);
  const all = useMemo(() => countries.map((c) => c.iso), [countries]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(all));
  const { officers: maxOfficers, officersPerArrest } = scenario.takedown;
  const [officers, setOfficers] = useState(maxOfficers);
  const plan = useGameMemo((g) => takedownPlan(g.sim, chosen, officers, TARGETS_SHOWN), [chosen, officers]);

  const toggle = (iso: string) => {
    const next = new Set(chosen);
    if (!next.delete(iso)) next.add(iso);
    setChosen(next);
  };

  return (
    <section class="screen" aria-labelledby="takedown-heading">
      <h2 id="takedown-heading" tabIndex={-1} data-autofocus>
        {t('takedown.heading', { day: formatCount(figures.day) })}
      </h2>
      {!plan.admissible && <p class="callout callout--danger">{t('takedown.inadmissible')}</p>}
      <div class="columns columns--plan">
        <div>
          <label class="slider" for="officers">
            <span>{t('takedown.officers', { officers: formatCount(officers) })}</span>
            <input
              id="officers"
              type="range"
              min={officersPerArrest}
              max={maxOfficers}
              step={officersPerArrest}
              value={officers}
              aria-valuetext={t('takedown.officersValue', {
                officers: formatCount(officers),
                teams: formatCount(plan.teams),
              })}
              onInput={(e) => setOfficers(Number(e.currentTarget.value))}
            />
          </label>
          <p>
            {t('takedown.summary', {
              teams: formatCount(plan.teams),
              perTeam: formatCount(officersPerArrest),
              candidates: formatCount(plan.candidates),
            })}
          </p>
          <TargetTable targets={plan.targets} />
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
          disabled={chosen.size === 0}
          onClick={() => launchTakedown([...chosen].sort(), officers)}
        >
          {t('takedown.launch')}
        </button>
        <button type="button" class="button button--quiet" onClick={backToPlay}>
          {t('takedown.back')}
        </button>
        {chosen.size === 0 && <p class="hint">{t('takedown.hintNoCountry')}</p>}
      </div>
    </section>
  );
}
