/**
 * Result files and codes, as the debrief exports them and the class review reads them. The core
 * writes and reads them (src/sim/files/resultFile.ts), so the headless runner's `--replay` decodes a
 * result exactly as the class review does; the views reach them here, through the store.
 */
export {
  cleanNickname,
  decodeResult,
  encodeResultCode,
  encodeResultFile,
  type ImportedResult,
  makeResult,
  NICKNAME_MAX,
  RESULT_FORMAT,
  RESULT_KIND,
  RESULT_TEXT_MAX,
  type ResultProblem,
  type RunResult,
  resultFileName,
} from '../sim';
