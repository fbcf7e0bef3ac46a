import { compareKeyPlayers, computeWhatIfs, POLICIES, reportRun, runPolicy } from '../sim';
import { formatDebrief } from './formatDebrief';
import { formatReport } from './formatReport';
import { loadScenario } from './loadScenario';
import { parseCliArgs, USAGE, UsageError } from './parseArgs';
import { sweepCsv } from './sweep';

function main(argv: string[]): void {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scenario = loadScenario(options.scenario);
  if (options.sweep) {
    process.stdout.write(
      sweepCsv(scenario, options.policy, options.sweep, options.seeds, options.scoreParts),
    );
    return;
  }
  const seed = options.seed ?? scenario.seed ?? 1;
  const policy = POLICIES[options.policy]({ takedownDay: options.takedownDay });
  const { state, commands } = runPolicy(scenario, seed, policy);
  const report = reportRun(state, options.policy);
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
