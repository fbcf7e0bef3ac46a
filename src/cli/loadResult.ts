import { readFileSync, statSync } from 'node:fs';
import {
  decodeResult,
  type ImportedResult,
  RESULT_FORMAT,
  RESULT_TEXT_MAX,
  type ResultProblem,
} from '../sim';
import { UsageError } from './parseArgs';

/** The runner's one line for each way a result can be refused (the game words the same codes in its catalogue). */
function problemLine(problem: ResultProblem): string {
  switch (problem.code) {
    case 'empty':
      return 'the file is empty';
    case 'too-long':
      return 'the file is far too large to be a result';
    case 'not-json':
      return 'the result file is not valid JSON';
    case 'not-a-code':
      return 'the file holds neither a result file (JSON) nor a result code';
    case 'damaged-code':
      return 'the result code is damaged';
    case 'not-a-result':
      return 'this is not a Backchannel result';
    case 'unknown-format':
      return 'the result has no format Backchannel has ever written';
    case 'newer-format':
      return `the result was made by a newer version of Backchannel (format ${problem.format}; this one reads up to ${RESULT_FORMAT})`;
    case 'invalid-field':
      return `the result is not valid (field "${problem.field}" is missing or wrong)`;
    case 'unknown-scenario':
      return 'the result names a scenario this version does not have';
    case 'invalid-scenario':
      return `the result's scenario is not valid (${problem.detail})`;
    case 'day-after-end':
      return "the result's last day is after the scenario ends";
    case 'commands-after-day':
      return `the result has commands after its last day (day ${problem.day})`;
    case 'replay-failed':
      return 'the result could not be replayed';
    case 'unreadable':
      return 'the result could not be read';
  }
}

/**
 * A result file (the JSON the debrief exports) or a text file holding a result code, decoded and
 * replayed by the same decoder as the class review.
 */
export function loadResult(path: string): ImportedResult {
  let text: string;
  try {
    if (statSync(path).size > RESULT_TEXT_MAX)
      throw new UsageError(`${path}: ${problemLine({ code: 'too-long' })}`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: no readable file at that path`);
  }
  const decoded = decodeResult(text);
  if (!decoded.ok) throw new UsageError(`${path}: ${problemLine(decoded.problem)}`);
  return decoded.result;
}
