import { t } from '../../strings/en';
import { BackToTitleButton } from '../BackToTitleButton';
import { HowAGameRuns, LearningGoals, StoryToTell, WhatEachChoiceTrades } from './AboutTheGame';
import { AtAGlance } from './AtAGlance';
import { BeforeTheLesson } from './BeforeTheLesson';
import { ContentNote, WhatItSimplifies } from './Caveats';
import { GuideQuestions } from './GuideQuestions';
import { LessonPlan } from './LessonPlan';
import { RealFacts } from './RealFacts';
import { ScenarioChoices } from './ScenarioChoices';

/** A printable guide for a 45-minute lesson: plan, goals, questions with notes, facts, content note. */
export function TeacherGuideScreen() {
  return (
    <section class="screen guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading" tabIndex={-1} data-autofocus>
        {t('title.guide')}
      </h2>
      <p>{t('guide.intro')}</p>
      <div class="actions guide-actions">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('guide.print')}
        </button>
        <BackToTitleButton />
        <p class="hint">{t('guide.printHint')}</p>
      </div>
      <div class="guide-body">
        <AtAGlance />
        <LessonPlan />
        <LearningGoals />
        <StoryToTell />
        <ScenarioChoices />
        <BeforeTheLesson />
        <HowAGameRuns />
        <WhatEachChoiceTrades />
        <GuideQuestions />
        <RealFacts />
        <WhatItSimplifies />
        <ContentNote />
      </div>
      <div class="actions guide-actions">
        <BackToTitleButton variant="primary" />
      </div>
    </section>
  );
}
