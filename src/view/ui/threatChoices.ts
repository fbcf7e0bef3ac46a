import type { SimState } from '../../sim';
import { LEAK_FORECAST_DAYS, leakForecast } from '../../store/selectors/risk';
import { t } from '../strings/en';
import { formatDecimal, formatShare } from './format';

export type ThreatResponse = 'open' | 'covert' | 'none';

export interface ThreatChoice {
  readonly response: ThreatResponse;
  readonly label: string;
  /** Its trade-off in plain words, with today's figures: the heat it adds and the leak risk it leads to. */
  readonly effect: string;
}

/** The three answers to a threat to kill, as the alert dialog and the inbox both offer them. */
export function threatChoices(sim: SimState): ThreatChoice[] {
  const risk = sim.scenario.risk;
  const leakRisk = (extraHeat = 0) => formatShare(leakForecast(sim, LEAK_FORECAST_DAYS, extraHeat));
  const cost = (heat: number) => ({
    heat: formatDecimal(heat),
    days: LEAK_FORECAST_DAYS,
    before: leakRisk(),
    after: leakRisk(heat),
  });
  return [
    {
      response: 'open',
      label: t('threat.open'),
      effect: t('threat.openEffect', cost(risk.openHeat)),
    },
    {
      response: 'covert',
      label: t('threat.covert'),
      effect: t('threat.covertEffect', {
        ...cost(risk.covertHeat),
        success: formatShare(risk.covertSuccess),
      }),
    },
    {
      response: 'none',
      label: t('threat.none'),
      effect: t('threat.noneEffect', {
        days: LEAK_FORECAST_DAYS,
        before: leakRisk(),
        death: formatShare(risk.unprotectedDeathChance),
      }),
    },
  ];
}
