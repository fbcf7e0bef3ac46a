/** A JSON object (not null, not a list): what a file, link or stored value must be to be read further. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
