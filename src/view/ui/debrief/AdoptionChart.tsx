import type { Milestone } from '../../../store/selectors/debriefCharts';
import { sampleSeries } from '../../../store/selectors/debriefCharts';
import type { HistoricalRun } from '../../../store/selectors/debriefReplays';
import { t } from '../../strings/en';
import { formatCount } from '../format';
import { ChartSvg } from './ChartSvg';
import { type Frame, linearScale, linePath, niceTicks, plotHeight } from './chartGeometry';
import { milestoneText } from './labels';

const FRAME: Frame = { width: 720, height: 270, left: 72, right: 14, top: 26, bottom: 34 };
const TABLE_STEP = 50;

interface Props {
  readonly handsets: readonly number[];
  readonly historical: HistoricalRun | null;
  readonly milestones: readonly Milestone[];
  /** The scenario's last day: both runs share the x axis. */
  readonly maxDay: number;
}

/** This run's adoption curve against the historical run of the same scenario and seed. */
export function AdoptionChart({ handsets, historical, milestones, maxDay }: Props) {
  const hist = historical?.handsets ?? [];
  const yMax = Math.max(1, ...handsets, ...hist);
  const yTicks = niceTicks(yMax);
  const scale = linearScale(FRAME, maxDay, yTicks.at(-1) ?? yMax);
  const xTicks = niceTicks(maxDay, 5);
  const lastDay = Math.max(0, handsets.length - 1);
  const yours = handsets[lastDay] ?? 0;
  const summary = historical
    ? t('debrief.adoptionSummary', {
        yours: formatCount(yours),
        day: lastDay,
        historical: formatCount(hist[Math.min(lastDay, hist.length - 1)] ?? 0),
        historicalPeak: formatCount(Math.max(0, ...hist)),
      })
    : t('debrief.adoptionComputing');
  const longer = hist.length > handsets.length ? hist : handsets;
  const tableDays = sampleSeries(longer, TABLE_STEP).map((row) => row.day);
  return (
    <figure class="debrief-chart" aria-labelledby="adoption-title">
      <h3 id="adoption-title">{t('debrief.adoptionTitle')}</h3>
      <ChartSvg
        id="adoption"
        summary={summary}
        frame={FRAME}
        yTicks={yTicks}
        xTicks={xTicks}
        scale={scale}
        formatY={formatCount}
      >
        {milestones.map((m, i) => (
          <g
            key={`${m.kind}-${m.day}`}
            class={`debrief-chart__milestone debrief-chart__milestone--${m.kind}`}
          >
            <line x1={scale.x(m.day)} x2={scale.x(m.day)} y1={FRAME.top} y2={FRAME.top + plotHeight(FRAME)} />
            <text x={scale.x(m.day)} y={FRAME.top - 8} text-anchor="middle">
              {i + 1}
            </text>
          </g>
        ))}
        <path class="debrief-chart__line debrief-chart__line--yours" d={linePath(handsets, scale)} />
        {/* Dashed and on top, so both show even where the runs coincide. */}
        {historical && (
          <path class="debrief-chart__line debrief-chart__line--historical" d={linePath(hist, scale)} />
        )}
      </ChartSvg>
      <figcaption>
        <p id="adoption-summary">{summary}</p>
        <ul class="debrief-legend">
          <li>
            <span class="debrief-legend__swatch debrief-legend__swatch--yours" aria-hidden="true" />
            {t('debrief.series.yours')}
          </li>
          <li>
            <span class="debrief-legend__swatch debrief-legend__swatch--historical" aria-hidden="true" />
            {t('debrief.series.historical')}
          </li>
        </ul>
        <h4 class="debrief-chart__subhead">{t('debrief.milestones')}</h4>
        <ol class="debrief-milestones">
          {milestones.map((m) => (
            <li key={`${m.kind}-${m.day}`}>
              {milestoneText(m)} — {t('debrief.milestoneDay', { day: m.day })}
            </li>
          ))}
        </ol>
        <details class="debrief-chart__data">
          <summary>{t('debrief.showTable')}</summary>
          <table class="table table--compact">
            <caption class="visually-hidden">{t('debrief.adoptionTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('debrief.day')}</th>
                <th scope="col" class="num">
                  {t('debrief.series.yours')}
                </th>
                <th scope="col" class="num">
                  {t('debrief.series.historical')}
                </th>
              </tr>
            </thead>
            <tbody>
              {tableDays.map((day) => (
                <tr key={day}>
                  <th scope="row">{day}</th>
                  <td class="num">{handsets[day] === undefined ? '—' : formatCount(handsets[day])}</td>
                  <td class="num">{hist[day] === undefined ? '—' : formatCount(hist[day])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
