import type { ComponentChildren } from 'preact';
import type { Frame } from './chartGeometry';

/**
 * The frame both debrief charts share: an SVG image named by its heading and summary
 * (`${id}-title`, `${id}-summary`), horizontal grid lines with their values, day labels
 * along the bottom, then the chart's own marks.
 */
export function ChartSvg({
  id,
  summary,
  frame,
  yTicks,
  xTicks,
  scale,
  formatY,
  grid,
  children,
}: {
  id: string;
  summary: string;
  frame: Frame;
  yTicks: readonly number[];
  xTicks: readonly number[];
  scale: { x(day: number): number; y(value: number): number };
  formatY(value: number): string;
  /** More guide lines drawn with the grid, under the data. */
  grid?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <svg
      class="debrief-chart__svg"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-summary`}
    >
      <title>{summary}</title>
      <g class="debrief-chart__grid">
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={frame.left} x2={frame.width - frame.right} y1={scale.y(v)} y2={scale.y(v)} />
            <text x={frame.left - 6} y={scale.y(v) + 4} text-anchor="end">
              {formatY(v)}
            </text>
          </g>
        ))}
        {xTicks.map((d) => (
          <text key={d} x={scale.x(d)} y={frame.height - 12} text-anchor="middle">
            {d}
          </text>
        ))}
        {grid}
      </g>
      {children}
    </svg>
  );
}
