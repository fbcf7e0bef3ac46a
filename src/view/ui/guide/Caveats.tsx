import { builtInScenario } from '../../../store/flowSlice';
import { t } from '../../strings/en';
import { GuideSection, TextList } from './GuideSection';

const simplifications = [
  () => t('guide.simplifies.model'),
  () => t('guide.simplifies.invented'),
  () => t('guide.simplifies.scale'),
  () => t('guide.simplifies.law'),
  () => t('guide.simplifies.score'),
];

/** Where the model parts from the real operation, so the class can argue with it. */
export function WhatItSimplifies() {
  return (
    <GuideSection id="simplifies" heading={t('guide.simplifiesHeading')}>
      <TextList items={simplifications} />
    </GuideSection>
  );
}

/** What students will meet in the game, and how to let anyone step back from it. */
export function ContentNote() {
  return (
    <GuideSection id="content" heading={t('guide.contentHeading')}>
      <div class="callout guide-content">
        <p>{t('guide.content.themes')}</p>
        <p>{t('guide.content.invented')}</p>
        <p>{t('guide.content.age', { workshop: builtInScenario('workshop').name })}</p>
        <p>{t('guide.content.discussion')}</p>
      </div>
    </GuideSection>
  );
}
