/**
 * One shape per role, so roles read without colour: boss ★, lieutenant ▲, broker ■, launderer ◆,
 * enforcer ✚, courier ●, soldier • (smaller). Each function adds a closed sub-path to the current
 * path, so many people of one style are filled with a single fill() call.
 */
import { ROLE } from '../../../../sim';

export type PathSink = Pick<CanvasPath, 'moveTo' | 'lineTo' | 'arc' | 'closePath'>;

/** How big each role's shape is drawn, relative to the person's radius (areas roughly equal). */
export const ROLE_SCALE: readonly number[] = [1.45, 1.3, 0.95, 1.15, 1.1, 1, 0.78];

export function traceRole(path: PathSink, role: number, x: number, y: number, radius: number): void {
  const r = radius * (ROLE_SCALE[role] ?? 1);
  switch (role) {
    case ROLE.boss:
      star(path, x, y, r, r * 0.45, 5);
      return;
    case ROLE.lieutenant:
      polygon(path, x, y + r * 0.15, r, 3, -Math.PI / 2);
      return;
    case ROLE.broker:
      path.moveTo(x - r * 0.85, y - r * 0.85);
      path.lineTo(x + r * 0.85, y - r * 0.85);
      path.lineTo(x + r * 0.85, y + r * 0.85);
      path.lineTo(x - r * 0.85, y + r * 0.85);
      path.closePath();
      return;
    case ROLE.launderer:
      polygon(path, x, y, r, 4, -Math.PI / 2);
      return;
    case ROLE.enforcer:
      cross(path, x, y, r, r * 0.38);
      return;
    default:
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
      path.closePath();
  }
}

function polygon(path: PathSink, x: number, y: number, r: number, sides: number, start: number): void {
  for (let i = 0; i < sides; i++) {
    const a = start + (i * Math.PI * 2) / sides;
    if (i === 0) path.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
    else path.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
  }
  path.closePath();
}

function star(path: PathSink, x: number, y: number, outer: number, inner: number, points: number): void {
  for (let i = 0; i < points * 2; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    const r = i % 2 === 0 ? outer : inner;
    if (i === 0) path.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
    else path.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
  }
  path.closePath();
}

function cross(path: PathSink, x: number, y: number, r: number, half: number): void {
  const pts: [number, number][] = [
    [-half, -r],
    [half, -r],
    [half, -half],
    [r, -half],
    [r, half],
    [half, half],
    [half, r],
    [-half, r],
    [-half, half],
    [-r, half],
    [-r, -half],
    [-half, -half],
  ];
  pts.forEach(([dx, dy], i) => {
    if (i === 0) path.moveTo(x + dx, y + dy);
    else path.lineTo(x + dx, y + dy);
  });
  path.closePath();
}
