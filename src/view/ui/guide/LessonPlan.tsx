import { builtInScenario } from '../../../store/flowSlice';
import { t } from '../../strings/en';
import { GuideSection } from './GuideSection';

interface Stage {
  id: string;
  from: number;
  to: number;
  name: () => string;
  teacher: () => string;
  students: () => string;
}

/** Introduce (0–8), play in pairs (8–33), debrief and discuss (33–45). */
const stages: readonly Stage[] = [
  {
    id: 'introduce',
    from: 0,
    to: 8,
    name: () => t('guide.plan.introduce'),
    teacher: () => t('guide.plan.introduceTeacher'),
    students: () => t('guide.plan.introduceStudents', { classroom: builtInScenario('classroom').name }),
  },
  {
    id: 'seed',
    from: 8,
    to: 12,
    name: () => t('guide.plan.seed'),
    teacher: () => t('guide.plan.seedTeacher'),
    students: () => t('guide.plan.seedStudents'),
  },
  {
    id: 'play',
    from: 12,
    to: 30,
    name: () => t('guide.plan.play'),
    teacher: () => t('guide.plan.playTeacher'),
    students: () => t('guide.plan.playStudents'),
  },
  {
    id: 'takedown',
    from: 30,
    to: 33,
    name: () => t('guide.plan.takedown'),
    teacher: () => t('guide.plan.takedownTeacher'),
    students: () => t('guide.plan.takedownStudents'),
  },
  {
    id: 'debrief',
    from: 33,
    to: 45,
    name: () => t('guide.plan.debrief'),
    teacher: () => t('guide.plan.debriefTeacher'),
    students: () => t('guide.plan.debriefStudents'),
  },
];

/** The timed plan: what the teacher does and says, and what the pairs do, stage by stage. */
export function LessonPlan() {
  return (
    <GuideSection id="plan" heading={t('guide.planHeading')}>
      <table class="table guide-plan">
        <caption>{t('guide.planCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guide.plan.time')}</th>
            <th scope="col">{t('guide.plan.stage')}</th>
            <th scope="col">{t('guide.plan.teacher')}</th>
            <th scope="col">{t('guide.plan.students')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.id} data-stage={stage.id}>
              <td class="num guide-plan__time">
                {t('guide.plan.minutes', { from: stage.from, to: stage.to })}
              </td>
              <th scope="row">{stage.name()}</th>
              <td>{stage.teacher()}</td>
              <td>{stage.students()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </GuideSection>
  );
}
