import type { ChangesProblem } from '../../store/scenarioChanges';
import type { LinkProblem } from '../../store/scenarioLink';
import { t } from '../strings/en';
import { formatCount } from './format';

/** Why a share link's scenario cannot be played, as the scenario screen's callout says it. */
export function linkProblemText(problem: LinkProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('linkProblem.empty');
    case 'too-long':
      return t('linkProblem.tooLong');
    case 'unexpected-characters':
      return t('linkProblem.unexpectedCharacters');
    case 'does-not-unpack':
      return t('linkProblem.doesNotUnpack');
    case 'not-json':
      return t('linkProblem.notJson');
    case 'not-buildable':
      return t('linkProblem.notBuildable', { reason: changesProblemText(problem.problem) });
    case 'invalid-scenario':
      return t('linkProblem.invalidScenario', { detail: problem.detail });
  }
}

function changesProblemText(problem: ChangesProblem): string {
  switch (problem.code) {
    case 'unknown-base':
      return t('linkProblem.unknownBase', { base: problem.base });
    case 'newer-version':
      return t('linkProblem.newerVersion', { version: problem.version, current: problem.current });
    case 'other-version':
      return t('linkProblem.otherVersion', { version: problem.version });
    case 'not-values':
      return t('linkProblem.notValues');
    case 'too-many':
      return t('linkProblem.tooMany', { most: formatCount(problem.most) });
    case 'no-such-value':
      return t('linkProblem.noSuchValue', { path: problem.path });
  }
}
