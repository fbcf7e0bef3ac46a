import { t } from '../../strings/en';

export function TeacherGuideScreen() {
  return (
    <section class="screen">
      <h2 data-autofocus tabIndex={-1}>
        {t('title.guide')}
      </h2>
    </section>
  );
}
