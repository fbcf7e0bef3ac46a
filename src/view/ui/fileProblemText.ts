import { RESULT_FORMAT, type ResultProblem } from '../../store/resultFile';
import { SAVE_FORMAT, type SaveProblem } from '../../store/savedGame';
import { t } from '../strings/en';

/** The sentence for why a result file or code cannot be opened (the debrief and the class review). */
export function resultProblemText(problem: ResultProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('resultProblem.empty');
    case 'too-long':
      return t('resultProblem.tooLong');
    case 'not-json':
      return t('resultProblem.notJson');
    case 'not-a-code':
      return t('resultProblem.notACode');
    case 'damaged-code':
      return t('resultProblem.damagedCode');
    case 'not-a-result':
      return t('resultProblem.notAResult');
    case 'unknown-format':
      return t('resultProblem.unknownFormat');
    case 'newer-format':
      return t('resultProblem.newerFormat', { format: problem.format, current: RESULT_FORMAT });
    case 'invalid-field':
      return t('resultProblem.invalidField', { field: problem.field });
    case 'unknown-scenario':
      return t('resultProblem.unknownScenario');
    case 'invalid-scenario':
      return t('resultProblem.invalidScenario', { detail: problem.detail });
    case 'day-after-end':
      return t('resultProblem.dayAfterEnd');
    case 'commands-after-day':
      return t('resultProblem.commandsAfterDay', { day: problem.day });
    case 'replay-failed':
      return t('resultProblem.replayFailed');
    case 'unreadable':
      return t('resultProblem.unreadable');
  }
}

/** Why the stored game could not be resumed, as the title screen's callout says it. */
export function saveProblemText(problem: SaveProblem): string {
  switch (problem.code) {
    case 'not-json':
      return t('saveProblem.notJson');
    case 'unknown-format':
      return t('saveProblem.unknownFormat');
    case 'newer-format':
      return t('saveProblem.newerFormat', { format: problem.format, current: SAVE_FORMAT });
    case 'invalid-field':
      return t('saveProblem.invalidField', { field: problem.field });
    case 'invalid-scenario':
      return t('saveProblem.invalidScenario', { detail: problem.detail });
    case 'replay-failed':
      return t('saveProblem.replayFailed');
  }
}
