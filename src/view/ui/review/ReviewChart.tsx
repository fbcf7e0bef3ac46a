import { t } from '../../strings/en';
import { ChartSvg } from '../debrief/ChartSvg';
import { type Frame, linearScale, niceTicks } from '../debrief/chartGeometry';
import { formatCount, formatDecimal } from '../format';
import type { NumberedRow } from './ReviewTable';

const FRAME: Frame = { width: 720, height: 300, left: 72, right: 24, top: 14, bottom: 34 };
/** Past this many points the row numbers beside them would only overlap. */
const LABELLED_POINTS = 60;
const SHAPES = 4;

/** A scenario's mark: a different shape (and colour) per scenario, so it is never colour alone. */
function mark(shape: number, x: number, y: number) {
  const cls = `review-mark review-mark--${shape}`;
  switch (shape) {
    case 1:
      return <rect class={cls} x={x - 5} y={y - 5} width={10} height={10} />;
    case 2:
      return <path class={cls} d={`M${x} ${y - 7}L${x + 6} ${y + 5}L${x - 6} ${y + 5}Z`} />;
    case 3:
      return <path class={cls} d={`M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z`} />;
    default:
      return <circle class={cls} cx={x} cy={y} r={5.5} />;
  }
}

/** Each run's score against its takedown day; the table above is the same data as text. */
export function ReviewChart({ rows }: { readonly rows: readonly NumberedRow[] }) {
  const scenarios = [...new Map(rows.map(({ row }) => [row.scenarioId, row.scenarioName]))];
  const shapeOf = (id: string) => scenarios.findIndex(([s]) => s === id) % SHAPES;
  const points = rows.flatMap((r) => (r.row.takedownDay === null ? [] : [{ ...r, day: r.row.takedownDay }]));
  const without = rows.length - points.length;
  return (
    <figure class="debrief-chart review-chart" aria-labelledby="review-chart-title">
      <h3 id="review-chart-title">{t('review.chartTitle')}</h3>
      {points.length === 0 ? (
        <p>{t('review.chartEmpty')}</p>
      ) : (
        <ChartPlot points={points} shapeOf={shapeOf} />
      )}
      <figcaption>
        {without > 0 && <p>{t('review.chartNoTakedown', { count: formatCount(without) })}</p>}
        {points.length > 0 && <p>{t('review.chartAxes')}</p>}
        {points.length > 0 && scenarios.length > 1 && (
          <>
            <p>{t('review.chartScenarios')}</p>
            <ul class="debrief-legend">
              {scenarios.map(([id, name], i) => (
                <li key={id}>
                  <svg class="debrief-legend__mark" viewBox="-8 -8 16 16" aria-hidden="true">
                    {mark(i % SHAPES, 0, 0)}
                  </svg>
                  {name}
                </li>
              ))}
            </ul>
          </>
        )}
      </figcaption>
    </figure>
  );
}

interface Point extends NumberedRow {
  readonly day: number;
}

const LABEL_W = 14;
const LABEL_H = 11;

/** Where each point's number goes: beside its mark, moved right past any number already placed there. */
function labelPlaces(marks: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const placed: { x: number; y: number }[] = [];
  for (const m of marks) {
    const at = { x: m.x + 8, y: m.y - 6 };
    while (placed.some((p) => Math.abs(p.x - at.x) < LABEL_W && Math.abs(p.y - at.y) < LABEL_H))
      at.x += LABEL_W;
    placed.push(at);
  }
  return placed;
}

function ChartPlot({ points, shapeOf }: { points: readonly Point[]; shapeOf: (id: string) => number }) {
  const days = points.map((p) => p.day);
  const scores = points.map((p) => p.row.score);
  const xTicks = niceTicks(Math.max(...days), 5);
  const xMax = xTicks.at(-1) ?? 1;
  // Scores can fall below 0, so the axis reaches down to the lowest (0 stays a tick).
  const yTicks = niceTicks(Math.max(...scores), 4, Math.min(...scores));
  const scale = linearScale(FRAME, xMax, yTicks.at(-1) ?? 1, { yMin: yTicks[0] });
  const summary = t('review.chartSummary', {
    count: formatCount(points.length),
    firstDay: Math.min(...days),
    lastDay: Math.max(...days),
    lowScore: formatDecimal(Math.min(...scores)),
    highScore: formatDecimal(Math.max(...scores)),
  });
  const marks = points.map((p) => ({ x: scale.x(p.day), y: scale.y(p.row.score) }));
  const labels = points.length <= LABELLED_POINTS ? labelPlaces(marks) : null;
  return (
    <>
      <ChartSvg
        id="review-chart"
        summary={summary}
        frame={FRAME}
        yTicks={yTicks}
        xTicks={xTicks}
        scale={scale}
        formatY={formatCount}
      >
        {points.map((p, i) => (
          <g key={p.row.key}>
            {mark(shapeOf(p.row.scenarioId), marks[i].x, marks[i].y)}
            {labels && (
              <text class="review-chart__label" x={labels[i].x} y={labels[i].y}>
                {p.number}
              </text>
            )}
          </g>
        ))}
      </ChartSvg>
      <p id="review-chart-summary" class="review-chart__summary">
        {summary}
      </p>
    </>
  );
}
