/** Plain-text tables for the terminal: columns of numbers right-aligned, text left-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (row: readonly string[], c: number) => row[c] ?? '';
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((row) => cell(row, c).length)));
  const numeric = headers.map((_, c) => rows.every((row) => /^[-+\d.,e]*$/.test(cell(row, c))));
  const line = (cells: readonly string[]) =>
    headers
      .map((_, c) => (numeric[c] ? cell(cells, c).padStart(widths[c]) : cell(cells, c).padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A number with a sensible count of significant digits for a table cell. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}
