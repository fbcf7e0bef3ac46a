/**
 * What the map shows of the simulation, boiled down after each change: a small code per person
 * (handset, went dark, heard the rumour, evidence, arrested) and per-syndicate counts. The painter
 * compares codes with what it drew last, so a day's step repaints only the people who changed.
 */
import type { SimState } from '../../../sim';

export const HOLDER = 1;
export const DARK = 2;
export const RUMOUR = 4;
export const EVIDENCE = 8;
export const ARRESTED = 16;

/** Analysed incriminating messages from which a person counts as "evidence read" on the map. */
export const EVIDENCE_SHOWN_FROM = 1;

export function personCode(sim: SimState, p: number): number {
  let code = 0;
  if (sim.adoptedDay[p] >= 0) code |= HOLDER;
  if (sim.darkDay[p] >= 0) code |= DARK;
  if (sim.rumourDay[p] >= 0) code |= RUMOUR;
  if (sim.evidence[p] >= EVIDENCE_SHOWN_FROM) code |= EVIDENCE;
  if (sim.arrestedDay[p] >= 0) code |= ARRESTED;
  return code;
}

export function personCodes(sim: SimState, out: Uint8Array): Uint8Array {
  for (let p = 0; p < out.length; p++) out[p] = personCode(sim, p);
  return out;
}

export interface SyndicateCounts {
  /** Handsets in use now. */
  readonly active: Int32Array;
  /** Holders who went dark (or were arrested). */
  readonly gone: Int32Array;
  readonly rumour: Int32Array;
  readonly evidence: Int32Array;
}

export function emptyCounts(syndicates: number): SyndicateCounts {
  return {
    active: new Int32Array(syndicates),
    gone: new Int32Array(syndicates),
    rumour: new Int32Array(syndicates),
    evidence: new Int32Array(syndicates),
  };
}

/** Per-syndicate counts from person codes (one pass over everyone: ~0.1 ms at full scale). */
export function countBySyndicate(codes: Uint8Array, syndicateOf: Uint16Array, out: SyndicateCounts): void {
  out.active.fill(0);
  out.gone.fill(0);
  out.rumour.fill(0);
  out.evidence.fill(0);
  for (let p = 0; p < codes.length; p++) {
    const code = codes[p];
    if (code === 0) continue;
    const s = syndicateOf[p];
    if (code & HOLDER) {
      if (code & (DARK | ARRESTED)) out.gone[s]++;
      else out.active[s]++;
    }
    if (code & RUMOUR) out.rumour[s]++;
    if (code & EVIDENCE) out.evidence[s]++;
  }
}
