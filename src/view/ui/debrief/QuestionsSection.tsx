import type { QuestionFigures } from '../../../store/selectors/debriefQuestions';
import { t } from '../../strings/en';
import { formatCount, formatDecimal } from '../format';

function admissibilityLine(a: QuestionFigures['admissibility']): string {
  if (a.takedownDay === null) return t('debrief.q.noTakedown');
  return a.admissible
    ? t('debrief.q.takedownAdmissible', { day: a.takedownDay })
    : t('debrief.q.takedownInadmissible', { day: a.takedownDay });
}

function threatsLine(q: QuestionFigures['threats']): string {
  const leak = q.leakDay === null ? t('debrief.q.noLeak') : t('debrief.q.leak', { day: q.leakDay });
  const base = t('debrief.q.threats', {
    detected: formatCount(q.detected),
    real: formatCount(q.detectedReal),
    actedOn: formatCount(q.actedOn),
    actedOnBluster: formatCount(q.actedOnBluster),
    livesLost: formatCount(q.livesLost),
    afterDetection: formatCount(q.livesLostAfterDetection),
    peakHeat: formatDecimal(q.peakHeat),
    leak,
  });
  if (!q.allActedOn) return base;
  const all = t('debrief.q.allActedOn', {
    livesLost: formatCount(q.allActedOn.livesLost),
    leak:
      q.allActedOn.leakDay === null
        ? t('debrief.q.allNoLeak')
        : t('debrief.q.allLeak', { day: q.allActedOn.leakDay }),
  });
  return `${base} ${all}`;
}

/** The questions a class should argue about, each put with the player's own numbers. */
export function QuestionsSection({ q }: { q: QuestionFigures }) {
  return (
    <section class="debrief-section debrief-questions" aria-labelledby="debrief-questions-heading">
      <h3 id="debrief-questions-heading">{t('debrief.questionsHeading')}</h3>
      <ol>
        <li data-question="privacy">
          {t('debrief.q.privacy', {
            messagesRead: formatCount(q.privacy.messagesRead),
            peopleRead: formatCount(q.privacy.peopleRead),
            neverCharged: formatCount(q.privacy.peopleReadNeverCharged),
          })}
        </li>
        <li data-question="entrapment">
          {t('debrief.q.entrapment', {
            handsets: formatCount(q.entrapment.handsets),
            syndicates: formatCount(q.entrapment.syndicates),
            countries: formatCount(q.entrapment.countries),
            days: formatCount(q.entrapment.days),
          })}
        </li>
        <li data-question="admissibility">
          {t('debrief.q.admissibility', {
            end: q.admissibility.authorisationEnd,
            takedown: admissibilityLine(q.admissibility),
            countries: formatCount(q.admissibility.countries),
          })}
        </li>
        <li data-question="threats">{threatsLine(q.threats)}</li>
      </ol>
    </section>
  );
}
