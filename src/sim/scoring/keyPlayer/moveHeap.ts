/**
 * A max-heap of candidate moves on typed arrays: best value first, lower id first on
 * ties, so the greedy search is deterministic. Each entry carries a stamp (to drop
 * entries superseded since) and the round it was computed in (for lazy re-evaluation).
 */
export class MoveHeap {
  private value = new Float64Array(1024);
  private id = new Int32Array(1024);
  private stamp = new Int32Array(1024);
  private round = new Int32Array(1024);
  size = 0;

  push(value: number, id: number, stamp: number, round: number): void {
    if (this.size === this.value.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(value, id, this.value[parent], this.id[parent])) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, value, id, stamp, round);
  }

  /** Removes the best entry into `out` ([value, id, stamp, round]); false when empty. */
  pop(out: Float64Array): boolean {
    if (this.size === 0) return false;
    out[0] = this.value[0];
    out[1] = this.id[0];
    out[2] = this.stamp[0];
    out[3] = this.round[0];
    const last = --this.size;
    if (last === 0) return true;
    const v = this.value[last];
    const d = this.id[last];
    const st = this.stamp[last];
    const r = this.round[last];
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      const child =
        right < last && this.before(this.value[right], this.id[right], this.value[left], this.id[left])
          ? right
          : left;
      if (!this.before(this.value[child], this.id[child], v, d)) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, v, d, st, r);
    return true;
  }

  private before(va: number, ia: number, vb: number, ib: number): boolean {
    return va > vb || (va === vb && ia < ib);
  }

  private move(from: number, to: number): void {
    this.set(to, this.value[from], this.id[from], this.stamp[from], this.round[from]);
  }

  private set(i: number, value: number, id: number, stamp: number, round: number): void {
    this.value[i] = value;
    this.id[i] = id;
    this.stamp[i] = stamp;
    this.round[i] = round;
  }

  private grow(): void {
    const n = this.value.length * 2;
    const value = new Float64Array(n);
    const id = new Int32Array(n);
    const stamp = new Int32Array(n);
    const round = new Int32Array(n);
    value.set(this.value);
    id.set(this.id);
    stamp.set(this.stamp);
    round.set(this.round);
    this.value = value;
    this.id = id;
    this.stamp = stamp;
    this.round = round;
  }
}
