import { type DecisionDay, type DecisionKind, sampleSeries } from '../../../store/selectors/debriefCharts';
import { t } from '../../strings/en';
import { formatCount, formatDecimal } from '../format';
import { ChartSvg } from './ChartSvg';
import { type Frame, linearScale, linePath, niceTicks } from './chartGeometry';
import { DECISION_LABEL, LANE_LABEL, type LaneId } from './labels';

const FRAME: Frame = { width: 720, height: 300, left: 72, right: 14, top: 12, bottom: 34 };
/** The heat line takes the top; one lane per group of decisions sits under it. */
const HEAT_BOTTOM = 150;
const LANES: readonly { readonly id: LaneId; readonly kinds: readonly DecisionKind[] }[] = [
  { id: 'seed', kinds: ['seed'] },
  { id: 'focus', kinds: ['focus'] },
  { id: 'threat', kinds: ['threat-open', 'threat-covert', 'threat-none'] },
  { id: 'raid', kinds: ['raid', 'takedown'] },
  { id: 'read', kinds: ['read', 'tag'] },
];
const LANE_HEIGHT = (FRAME.height - FRAME.bottom - HEAT_BOTTOM - 10) / LANES.length;
const TABLE_STEP = 50;

interface Props {
  readonly heat: readonly number[];
  readonly decisions: readonly DecisionDay[];
  readonly maxDay: number;
}

function mark(d: DecisionDay, x: number, y: number) {
  const key = `${d.day}-${d.kind}`;
  switch (d.kind) {
    case 'threat-open':
      return <rect key={key} class="mark mark--open" x={x - 4} y={y - 4} width={8} height={8} />;
    case 'threat-none':
      return <circle key={key} class="mark mark--none" cx={x} cy={y} r={4} />;
    case 'takedown':
      return (
        <path
          key={key}
          class="mark mark--takedown"
          d={`M${x} ${y - 7}L${x + 6} ${y + 5}L${x - 6} ${y + 5}Z`}
        />
      );
    case 'read':
    case 'tag':
      return (
        <line
          key={key}
          class="mark mark--read"
          x1={x}
          x2={x}
          y1={y + 6}
          y2={y + 6 - Math.min(12, 2 + d.count)}
        />
      );
    default:
      return <circle key={key} class={`mark mark--${d.kind}`} cx={x} cy={y} r={4} />;
  }
}

/** Heat over the run, with the player's decisions on lanes under the same days. */
export function HeatChart({ heat, decisions, maxDay }: Props) {
  const peak = heat.reduce((m, h, i) => (h > m.value ? { value: h, day: i } : m), { value: 0, day: 0 });
  const yTicks = niceTicks(Math.max(0.5, peak.value), 3);
  const scale = linearScale(FRAME, maxDay, yTicks.at(-1) ?? 1, { plotBottom: HEAT_BOTTOM });
  const xTicks = niceTicks(maxDay, 5);
  const laneY = (i: number) => HEAT_BOTTOM + 10 + LANE_HEIGHT * (i + 0.5);
  const totals = { decisions: 0, reads: 0, tags: 0 };
  for (const d of decisions) {
    if (d.kind === 'read') totals.reads += d.count;
    else if (d.kind === 'tag') totals.tags += d.count;
    else totals.decisions += d.count;
  }
  const listed = decisions.filter((d) => d.kind !== 'read' && d.kind !== 'tag');
  const reading = new Map<number, { read: number; tag: number }>();
  for (const d of decisions) {
    if (d.kind !== 'read' && d.kind !== 'tag') continue;
    const bin = Math.floor(d.day / TABLE_STEP) * TABLE_STEP;
    const row = reading.get(bin) ?? { read: 0, tag: 0 };
    row[d.kind] += d.count;
    reading.set(bin, row);
  }
  const summary = t('debrief.heatSummary', {
    peak: formatDecimal(peak.value),
    peakDay: peak.day,
    end: formatDecimal(heat.at(-1) ?? 0),
    decisions: formatCount(totals.decisions),
    reads: formatCount(totals.reads),
    tags: formatCount(totals.tags),
  });
  return (
    <figure class="debrief-chart" aria-labelledby="heat-title">
      <h3 id="heat-title">{t('debrief.heatTitle')}</h3>
      <ChartSvg
        id="heat"
        summary={summary}
        frame={FRAME}
        yTicks={yTicks}
        xTicks={xTicks}
        scale={scale}
        formatY={formatDecimal}
        grid={LANES.map((lane, i) => (
          <g key={lane.id}>
            <line
              class="debrief-chart__lane"
              x1={FRAME.left}
              x2={FRAME.width - FRAME.right}
              y1={laneY(i)}
              y2={laneY(i)}
            />
            <text x={FRAME.left - 6} y={laneY(i) + 4} text-anchor="end" class="debrief-chart__lane-label">
              {LANE_LABEL[lane.id]()}
            </text>
          </g>
        ))}
      >
        <path class="debrief-chart__line debrief-chart__line--heat" d={linePath(heat, scale)} />
        {LANES.map((lane, i) =>
          decisions.filter((d) => lane.kinds.includes(d.kind)).map((d) => mark(d, scale.x(d.day), laneY(i))),
        )}
      </ChartSvg>
      <figcaption>
        <p id="heat-summary">{summary}</p>
        <ul class="debrief-legend">
          <li>
            <span class="debrief-legend__swatch debrief-legend__swatch--heat" aria-hidden="true" />
            {t('debrief.heat')}
          </li>
          {(
            [
              'seed',
              'focus',
              'threat-covert',
              'threat-open',
              'threat-none',
              'raid',
              'takedown',
              'read',
            ] as const
          ).map((kind) => (
            <li key={kind}>
              <svg class="debrief-legend__mark" viewBox="-8 -8 16 16" aria-hidden="true">
                {mark({ day: 0, kind, count: 6 }, 0, 0)}
              </svg>
              {DECISION_LABEL[kind]()}
            </li>
          ))}
        </ul>
        <details class="debrief-chart__data">
          <summary>{t('debrief.showTable')}</summary>
          <table class="table table--compact">
            <caption>{t('debrief.decisionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('debrief.day')}</th>
                <th scope="col">{t('debrief.decisionWhat')}</th>
                <th scope="col" class="num">
                  {t('debrief.decisionCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.map((d) => (
                <tr key={`${d.day}-${d.kind}`}>
                  <th scope="row">{d.day}</th>
                  <td>{DECISION_LABEL[d.kind]()}</td>
                  <td class="num">{formatCount(d.count)}</td>
                </tr>
              ))}
              {[...reading].map(([bin, row]) => (
                <tr key={`reading-${bin}`}>
                  <th scope="row">
                    {bin}–{bin + TABLE_STEP - 1}
                  </th>
                  <td>
                    {t('debrief.decision.read')} / {t('debrief.decision.tag')}
                  </td>
                  <td class="num">
                    {formatCount(row.read)} / {formatCount(row.tag)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table class="table table--compact">
            <caption>{t('debrief.heat')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('debrief.day')}</th>
                <th scope="col" class="num">
                  {t('debrief.heat')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sampleSeries(heat, TABLE_STEP).map(({ day, value }) => (
                <tr key={day}>
                  <th scope="row">{day}</th>
                  <td class="num">{formatDecimal(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
