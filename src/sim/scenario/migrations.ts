/**
 * Each entry lifts a scenario from `from` to `from + 1`. Files only ever
 * migrate forward, one version at a time, so any old file reaches the current shape.
 */
type Migration = {
  from: number;
  describe: string;
  up: (old: Record<string, unknown>) => Record<string, unknown>;
};

export const scenarioMigrations: readonly Migration[] = [
  {
    from: 1,
    describe:
      'days and authorisationEndDay were top-level numbers; they moved into days { max, authorisationEnd }',
    up: ({ days, authorisationEndDay, ...rest }) => ({
      ...rest,
      version: 2,
      days: { max: days, authorisationEnd: authorisationEndDay },
    }),
  },
];

export const OLDEST_SCENARIO_VERSION = 1;
