/** Turns an undirected edge list into CSR adjacency (each tie stored in both directions). */
export function buildCsr(
  size: number,
  from: readonly number[],
  to: readonly number[],
  weight: readonly number[],
): { offsets: Int32Array; neighbors: Int32Array; weights: Float32Array } {
  const offsets = new Int32Array(size + 1);
  for (let e = 0; e < from.length; e++) {
    offsets[from[e] + 1]++;
    offsets[to[e] + 1]++;
  }
  for (let i = 0; i < size; i++) offsets[i + 1] += offsets[i];
  const cursor = offsets.slice(0, size);
  const neighbors = new Int32Array(from.length * 2);
  const weights = new Float32Array(from.length * 2);
  for (let e = 0; e < from.length; e++) {
    const a = from[e];
    const b = to[e];
    neighbors[cursor[a]] = b;
    weights[cursor[a]++] = weight[e];
    neighbors[cursor[b]] = a;
    weights[cursor[b]++] = weight[e];
  }
  return { offsets, neighbors, weights };
}
