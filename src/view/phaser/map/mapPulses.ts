/**
 * Which syndicates should pulse after a simulated day: those the handset has just reached (sky
 * blue), and, after a leak, those the "dump your phone" rumour has just entered (vermillion).
 * Keeps what it has seen, so each syndicate pulses once per event.
 */
import type { SimState } from '../../../sim';
import { PULSE_MS, type Pulse } from './mapOverlay';

export class SpreadPulses {
  private readonly reachedSeen: Int32Array;
  private readonly rumourSeen: Int32Array;
  private readonly rumour: Int32Array;
  private list: Pulse[] = [];

  constructor(private readonly sim: SimState) {
    this.reachedSeen = Int32Array.from(sim.syndicateReachedDay);
    this.rumour = new Int32Array(sim.net.syndicateCount);
    this.rumourSeen = this.countRumour(new Int32Array(sim.net.syndicateCount));
  }

  /** After a day: start pulses at scene time `now`, unless `quiet` (prefers-reduced-motion). */
  note(now: number, quiet: boolean): void {
    const { syndicateReachedDay, net } = this.sim;
    for (let s = 0; s < net.syndicateCount; s++) {
      if (syndicateReachedDay[s] >= 0 && this.reachedSeen[s] < 0 && !quiet) {
        this.list.push({ syndicate: s, kind: 'reach', start: now });
      }
      this.reachedSeen[s] = syndicateReachedDay[s];
    }
    if (this.sim.leakDay < 0) return;
    this.countRumour(this.rumour);
    for (let s = 0; s < net.syndicateCount; s++) {
      if (this.rumour[s] > 0 && this.rumourSeen[s] === 0 && !quiet) {
        this.list.push({ syndicate: s, kind: 'rumour', start: now });
      }
      this.rumourSeen[s] = this.rumour[s];
    }
  }

  /** The pulses still running at `now` (finished ones are dropped). */
  running(now: number): readonly Pulse[] {
    if (this.list.length > 0) this.list = this.list.filter((p) => now - p.start < PULSE_MS);
    return this.list;
  }

  private countRumour(out: Int32Array): Int32Array {
    out.fill(0);
    const { rumourDay, net } = this.sim;
    for (let p = 0; p < net.size; p++) if (rumourDay[p] >= 0) out[net.syndicateOf[p]]++;
    return out;
  }
}
