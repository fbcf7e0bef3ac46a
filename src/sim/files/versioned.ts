import { isRecord } from './json';

/**
 * One step of a file format's history: lifts data of version `from` to `from + 1`. Scenario
 * files, saves and result files each keep a list of these beside their schema.
 */
export interface Migration {
  readonly from: number;
  readonly up: (old: Record<string, unknown>) => Record<string, unknown>;
  /**
   * The step only adds fields, with the values older files behaved as: everything an older file
   * said still means the same, so a share link's changes from an older built-in still apply.
   */
  readonly additive?: true;
}

export interface FormatHistory {
  /** The field that names the version ("version" in scenarios, "format" in saves and results). */
  readonly field: string;
  readonly current: number;
  readonly oldest: number;
  readonly migrations: readonly Migration[];
}

/** `missing`: no whole-number version; `newer`: made by a later Backchannel; `older`: before any. */
export type MigrationProblem = 'not-an-object' | 'missing' | 'newer' | 'older';

export type Migrated =
  | { ok: true; data: Record<string, unknown>; from: number }
  | { ok: false; problem: MigrationProblem; version: number | null };

/** `input` lifted one version at a time to `history.current`, ready for the current schema. Never throws. */
export function migrate(input: unknown, history: FormatHistory): Migrated {
  if (!isRecord(input)) return { ok: false, problem: 'not-an-object', version: null };
  const version = input[history.field];
  if (typeof version !== 'number' || !Number.isInteger(version))
    return { ok: false, problem: 'missing', version: null };
  if (version > history.current) return { ok: false, problem: 'newer', version };
  if (version < history.oldest) return { ok: false, problem: 'older', version };
  let data = input;
  for (const migration of history.migrations)
    if (data[history.field] === migration.from) data = migration.up(data);
  return { ok: true, data, from: version };
}
