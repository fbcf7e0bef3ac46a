import { readFileSync, statSync } from 'node:fs';
import { decodeResult, type ImportedResult, RESULT_TEXT_MAX } from '../sim';
import { resultProblemText } from '../view/ui/fileProblemText';
import { UsageError } from './parseArgs';

/**
 * A result file (the JSON the debrief exports) or a text file holding a result code, decoded and
 * replayed by the same decoder as the class review.
 */
export function loadResult(path: string): ImportedResult {
  let text: string;
  try {
    if (statSync(path).size > RESULT_TEXT_MAX)
      throw new UsageError(`${path}: ${resultProblemText({ code: 'too-long' })}`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: no readable file at that path`);
  }
  const decoded = decodeResult(text);
  if (!decoded.ok) throw new UsageError(`${path}: ${resultProblemText(decoded.problem)}`);
  return decoded.result;
}
