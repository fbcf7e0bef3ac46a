import { t } from '../../strings/en';
import { GuideSection, TextList } from './GuideSection';

const goals = [
  () => t('guide.goal.operation'),
  () => t('guide.goal.network'),
  () => t('guide.goal.tradeoff'),
  () => t('guide.goal.ethics'),
  () => t('guide.goal.model'),
];

/** The screens in the order a player meets them. */
const screens = [
  () => t('guide.flow.choose'),
  () => t('guide.flow.briefing'),
  () => t('guide.flow.seeding'),
  () => t('guide.flow.room'),
  () => t('guide.flow.takedown'),
  () => t('guide.flow.debrief'),
];

/** The game's five decisions, each with what it trades, as the briefing names them to players. */
const trades = [
  () => t('guide.choice.seeding'),
  () => t('guide.choice.reading'),
  () => t('guide.choice.threats'),
  () => t('guide.choice.timing'),
  () => t('guide.choice.targets'),
];

/** The real story to tell the class, in the teacher's words. */
export function StoryToTell() {
  return (
    <GuideSection id="story" heading={t('guide.storyHeading')}>
      <p>{t('guide.story.reveal')}</p>
      <p>{t('guide.story.spread')}</p>
      <p>{t('guide.story.game')}</p>
    </GuideSection>
  );
}

export function LearningGoals() {
  return (
    <GuideSection id="goals" heading={t('guide.goalsHeading')}>
      <p>{t('guide.goalsIntro')}</p>
      <TextList items={goals} />
    </GuideSection>
  );
}

export function HowAGameRuns() {
  return (
    <GuideSection id="flow" heading={t('guide.flowHeading')}>
      <p>{t('guide.flowIntro')}</p>
      <TextList items={screens} ordered />
    </GuideSection>
  );
}

export function WhatEachChoiceTrades() {
  return (
    <GuideSection id="choices" heading={t('guide.choicesHeading')}>
      <p>{t('guide.choicesIntro')}</p>
      <TextList items={trades} />
    </GuideSection>
  );
}
