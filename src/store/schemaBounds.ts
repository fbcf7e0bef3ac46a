import { scenarioSchema, z } from '../sim';

/**
 * The editor reads every bound from the scenario schema itself, so the form, its hints and the
 * validation can never disagree about what a field accepts.
 */
export interface Bounds {
  readonly min: number | null;
  /** The minimum itself is not allowed ("more than 0"). */
  readonly minExclusive: boolean;
  readonly max: number | null;
  readonly whole: boolean;
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema;
}

/** The schema of the value at a dotted path ("network.syndicateSize.min"); list items by "0". */
export function schemaAt(path: string): z.ZodType | null {
  let schema: z.ZodType = scenarioSchema;
  for (const key of path.split('.')) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) {
      const shape = schema.shape as Record<string, z.ZodType>;
      if (!Object.hasOwn(shape, key)) return null;
      schema = shape[key];
    } else if (schema instanceof z.ZodArray) {
      schema = schema.element as z.ZodType;
    } else return null;
  }
  return schema;
}

type CheckDef = { check?: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number };
const checksOf = (schema: z.ZodType): CheckDef[] =>
  (schema._zod.def.checks ?? []).map((c) => c._zod.def as CheckDef);

/** A number field's bounds; null when the path is not a number. */
export function numberBounds(path: string): Bounds | null {
  const schema = schemaAt(path);
  const number = schema ? unwrap(schema) : null;
  if (!(number instanceof z.ZodNumber)) return null;
  const exclusive = checksOf(number).some((c) => c.check === 'greater_than' && c.inclusive === false);
  const finite = (n: number | null) => (n === null || !Number.isFinite(n) ? null : n);
  return {
    min: finite(number.minValue),
    minExclusive: exclusive,
    max: finite(number.maxValue),
    whole: number.isInt,
  };
}

/** How many characters a text field, or how many items a list, may hold. */
export function lengthBounds(path: string): { min: number; max: number | null } {
  const schema = schemaAt(path);
  if (schema instanceof z.ZodString) return { min: schema.minLength ?? 0, max: schema.maxLength };
  let min = 0;
  let max: number | null = null;
  for (const c of schema ? checksOf(schema) : []) {
    if (c.check === 'min_length' && c.minimum !== undefined) min = c.minimum;
    if (c.check === 'max_length' && c.maximum !== undefined) max = c.maximum;
  }
  return { min, max };
}

/**
 * Every editable value of a scenario, as dotted paths: numbers, texts and dates one by one; the
 * list of shocks, the list of message kinds and the seed as one value each. Only `version` is left
 * out: the editor always writes the current one.
 */
export function schemaLeafPaths(): string[] {
  const leaves: string[] = [];
  const walk = (schema: z.ZodType, path: string) => {
    if (schema instanceof z.ZodObject) {
      for (const [key, inner] of Object.entries(schema.shape as Record<string, z.ZodType>))
        walk(inner, path ? `${path}.${key}` : key);
    } else if (!(schema instanceof z.ZodLiteral)) leaves.push(path);
  };
  walk(scenarioSchema, '');
  return leaves;
}
