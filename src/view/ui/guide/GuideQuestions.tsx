import { ARTICLE } from '../../../sim';
import type { QuestionFigures } from '../../../store/selectors/debriefQuestions';
import { t } from '../../strings/en';
import { GuideSection } from './GuideSection';

/** The debrief's questions (same ids, same order), then one the debrief cannot ask with numbers. */
type GuideQuestion = keyof QuestionFigures | 'model';

const questions: ReadonlyArray<{ id: GuideQuestion; question: () => string; notes: () => string }> = [
  { id: 'privacy', question: () => t('guide.q.privacy'), notes: () => t('guide.note.privacy') },
  { id: 'entrapment', question: () => t('guide.q.entrapment'), notes: () => t('guide.note.entrapment') },
  {
    id: 'admissibility',
    question: () => t('guide.q.admissibility'),
    notes: () => t('guide.note.admissibility'),
  },
  {
    id: 'threats',
    question: () => t('guide.q.threats'),
    notes: () => t('guide.note.threats', { count: ARTICLE.australia.threatsActedOn }),
  },
  { id: 'model', question: () => t('guide.q.model'), notes: () => t('guide.note.model') },
];

/** The discussion questions in general form, each with what a good answer weighs. */
export function GuideQuestions() {
  return (
    <GuideSection id="questions" heading={t('guide.questionsHeading')}>
      <p>{t('guide.questionsIntro')}</p>
      <ol class="guide-questions">
        {questions.map(({ id, question, notes }) => (
          <li key={id} data-question={id}>
            <p class="guide-questions__question">{question()}</p>
            <p class="guide-questions__notes">
              <strong>{t('guide.questionNotes')}</strong> {notes()}
            </p>
          </li>
        ))}
      </ol>
    </GuideSection>
  );
}
