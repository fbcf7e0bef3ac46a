import { create } from 'qrcode';

/** One run of dark modules along a row: drawn as a single <rect>. */
export interface QrRun {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export type QrCode = { ok: true; size: number; runs: QrRun[] } | { ok: false };

/**
 * A link's QR code (error correction M, readable from across a room) as horizontal runs of dark
 * modules; `ok: false` when the text is too long for any QR code.
 */
export function qrCode(text: string): QrCode {
  let modules: { size: number; get(row: number, col: number): number };
  try {
    modules = create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return { ok: false };
  }
  const runs: QrRun[] = [];
  for (let y = 0; y < modules.size; y++) {
    let start = -1;
    for (let x = 0; x <= modules.size; x++) {
      const dark = x < modules.size && modules.get(y, x) === 1;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  }
  return { ok: true, size: modules.size, runs };
}
