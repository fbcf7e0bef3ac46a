import { playsInTurns } from '../../../store/selectors/clockGate';
import { rumoursThisWeek } from '../../../store/selectors/readingBudget';
import { LEAK_FORECAST_DAYS, leakForecast } from '../../../store/selectors/risk';
import { t } from '../../strings/en';
import { formatCount, formatDate, formatShare } from '../format';
import { Icon } from '../Icon';
import { useAppStore } from '../storeContext';
import { useGame, useGameMemo } from '../useGame';
import { HeatMeter } from './HeatMeter';
import { SpeedControls } from './SpeedControls';
import { TurnControls } from './TurnControls';

/** The operation at a glance: the day, the reach, the risks; and the clock, or the turn buttons. */
export function Hud() {
  const game = useGame();
  const f = game.figures;
  const leakRisk = useGameMemo((g) => leakForecast(g.sim, LEAK_FORECAST_DAYS), []);
  const rumours = useGameMemo((g) => rumoursThisWeek(g.sim), []);
  const authorisationLeft = f.daysUntilAuthorisationEnds;
  const turns = useAppStore(playsInTurns);

  return (
    <header class="hud">
      <h1 class="hud__brand">{t('app.name')}</h1>
      <dl class="hud__figures">
        <div class="hud__figure hud__figure--day">
          <dt>{t('hud.day')}</dt>
          <dd>
            <span class="hud__value">{formatCount(f.day)}</span>
            <span class="hud__sub">{formatDate(f.date)}</span>
          </dd>
        </div>
        <div class="hud__figure">
          <dt>
            <Icon name="handset" />
            {t('hud.handsets')}
          </dt>
          <dd>
            <span class="hud__value">{formatCount(f.handsetsActive)}</span>
            <span class="hud__sub">{t('hud.handedOut', { count: formatCount(f.handsets) })}</span>
          </dd>
        </div>
        <div class="hud__figure hud__figure--extra">
          <dt>
            <Icon name="syndicate" />
            {t('hud.syndicates')}
          </dt>
          <dd class="hud__value">{formatCount(f.syndicatesReached)}</dd>
        </div>
        <div class="hud__figure hud__figure--extra">
          <dt>
            <Icon name="country" />
            {t('hud.countries')}
          </dt>
          <dd class="hud__value">{formatCount(f.countriesReached)}</dd>
        </div>
        <div class="hud__figure hud__figure--extra">
          <dt>
            <Icon name="message" />
            {t('hud.messages')}
          </dt>
          <dd class="hud__value">{formatCount(f.messages)}</dd>
        </div>
        <div class="hud__figure">
          <dt>
            <Icon name="heat" />
            {t('hud.heat')}
          </dt>
          <dd>
            <HeatMeter heat={f.heat} />
          </dd>
        </div>
        <div class={f.leakDay === null ? 'hud__figure' : 'hud__figure hud__figure--danger'}>
          <dt>
            <Icon name="leak" />
            {f.leakDay === null ? t('hud.leak', { days: LEAK_FORECAST_DAYS }) : t('hud.leaked')}
          </dt>
          <dd>
            {f.leakDay === null ? (
              <>
                <span class="hud__value">{formatShare(leakRisk)}</span>
                {rumours > 0 && (
                  <span class="hud__sub hud__rumours">
                    {rumours === 1 ? t('hud.rumourOne') : t('hud.rumours', { count: formatCount(rumours) })}
                  </span>
                )}
              </>
            ) : (
              <span class="hud__value">{t('hud.leakedOn', { day: formatCount(f.leakDay) })}</span>
            )}
          </dd>
        </div>
        <div class={authorisationLeft > 0 ? 'hud__figure' : 'hud__figure hud__figure--danger'}>
          <dt>
            <Icon name="authorisation" />
            {t('hud.authorisation')}
          </dt>
          <dd>
            {authorisationLeft > 0 ? (
              <>
                <span class="hud__value">{formatCount(authorisationLeft)}</span>
                <span class="hud__sub">{t('hud.daysLeft')}</span>
              </>
            ) : (
              <span class="hud__value">{t('hud.authorisationEnded')}</span>
            )}
          </dd>
        </div>
      </dl>
      {turns ? <TurnControls /> : <SpeedControls />}
    </header>
  );
}
