import type { SimState } from '../../sim';
import { LEAK_FORECAST_DAYS, leakForecast } from '../../store/selectors/risk';
import { t } from '../strings/en';
import { formatShare } from './format';

export type ThreatResponse = 'open' | 'covert' | 'none';

export interface ThreatChoice {
  readonly response: ThreatResponse;
  readonly label: string;
  /** Its trade-off in one plain sentence, with today's figures. */
  readonly effect: string;
}

/** The three answers to a threat to kill, as the alert dialog and the inbox both offer them. */
export function threatChoices(sim: SimState): ThreatChoice[] {
  const risk = sim.scenario.risk;
  const leakRisk = (extraHeat = 0) => formatShare(leakForecast(sim, LEAK_FORECAST_DAYS, extraHeat));
  return [
    {
      response: 'open',
      label: t('threat.open'),
      effect: t('threat.openEffect', { before: leakRisk(), after: leakRisk(risk.openHeat) }),
    },
    {
      response: 'covert',
      label: t('threat.covert'),
      effect: t('threat.covertEffect', {
        success: formatShare(risk.covertSuccess),
        after: leakRisk(risk.covertHeat),
      }),
    },
    {
      response: 'none',
      label: t('threat.none'),
      effect: t('threat.noneEffect', { death: formatShare(risk.unprotectedDeathChance) }),
    },
  ];
}
