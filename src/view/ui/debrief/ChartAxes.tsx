import type { Frame } from './chartGeometry';

/** Horizontal grid lines with their values, and day labels along the bottom: the frame both debrief charts share. */
export function ChartAxes({
  frame,
  yTicks,
  xTicks,
  scale,
  formatY,
}: {
  frame: Frame;
  yTicks: readonly number[];
  xTicks: readonly number[];
  scale: { x(day: number): number; y(value: number): number };
  formatY(value: number): string;
}) {
  return (
    <>
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
    </>
  );
}
