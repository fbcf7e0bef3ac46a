import { POLICIES, reportRun, runPolicy } from '../sim';
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
    process.stdout.write(sweepCsv(scenario, options.policy, options.sweep, options.seeds));
    return;
  }
  const policy = POLICIES[options.policy]({ takedownDay: options.takedownDay });
  const { state } = runPolicy(scenario, options.seed, policy);
  const report = reportRun(state, options.policy);
  process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`);
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
