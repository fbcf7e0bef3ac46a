import type { QrRun } from './qrMatrix';

/** The quiet zone QR readers need around the code, in modules. */
const MARGIN = 4;

/** A QR code as SVG rectangles on white, sized by its container; named by `label`. */
export function QrImage({ size, runs, label }: { size: number; runs: readonly QrRun[]; label: string }) {
  const full = size + 2 * MARGIN;
  return (
    <svg
      class="editor-qr__svg"
      viewBox={`0 0 ${full} ${full}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={full} height={full} fill="#ffffff" />
      {runs.map((run) => (
        <rect
          key={`${run.x},${run.y}`}
          x={run.x + MARGIN}
          y={run.y + MARGIN}
          width={run.width}
          height={1}
          fill="#000000"
        />
      ))}
    </svg>
  );
}
