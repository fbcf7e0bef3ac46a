/** A JSON object (not null, not a list): what a file, link or stored value must be to be read further. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What `record` holds under `key` itself, never what every object inherits ("constructor",
 * "toString", "__proto__"…): the way to look up a key read from a file, link, save or address.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
