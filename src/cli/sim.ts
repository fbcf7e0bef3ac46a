import {
  type CommandLog,
  compareKeyPlayers,
  computeWhatIfs,
  POLICIES,
  reportRun,
  runPolicy,
  type Scenario,
  type SimState,
} from '../sim';
import { formatDebrief } from './formatDebrief';
import { formatReport } from './formatReport';
import { loadResult } from './loadResult';
import { loadScenario } from './loadScenario';
import { type CliOptions, parseCliArgs, USAGE, UsageError } from './parseArgs';
import { sweepCsv } from './sweep';

/** A played run: what it was played on, its commands, its final state and who played it. */
interface PlayedRun {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly commands: CommandLog;
  readonly state: SimState;
  readonly playedBy: string;
}

/** The run the options ask for: a scenario played by a policy, or a result replayed as class review does. */
function playedRun(options: CliOptions): PlayedRun {
  if (options.replay !== null) {
    const { scenario, seed, commands, sim } = loadResult(options.replay);
    return { scenario, seed, commands, state: sim, playedBy: 'player' };
  }
  const scenario = loadScenario(options.scenario);
  const seed = options.seed ?? scenario.seed ?? 1;
  const policy = POLICIES[options.policy]({ takedownDay: options.takedownDay, targets: options.targets });
  const { state, commands } = runPolicy(scenario, seed, policy);
  return { scenario, seed, commands, state, playedBy: options.policy };
}

function main(argv: string[]): void {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (options.sweep) {
    process.stdout.write(
      sweepCsv(
        loadScenario(options.scenario),
        options.policy,
        { targets: options.targets },
        options.sweep,
        options.seeds,
        options.scoreParts,
      ),
    );
    return;
  }
  const { scenario, seed, commands, state, playedBy } = playedRun(options);
  const report = reportRun(state, playedBy);
  if (!options.debrief) {
    process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`);
    return;
  }
  const keyPlayers = compareKeyPlayers(state);
  const whatIfs = computeWhatIfs(scenario, seed, commands);
  process.stdout.write(
    options.json
      ? `${JSON.stringify({ ...report, keyPlayers, whatIfs })}\n`
      : `${formatReport(report)}\n${formatDebrief(keyPlayers, whatIfs)}\n`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`sim: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`sim: unexpected failure: ${(error as Error).message}\n`);
  process.exit(1);
}
