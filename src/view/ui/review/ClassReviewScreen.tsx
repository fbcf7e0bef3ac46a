import { t } from '../../strings/en';

export function ClassReviewScreen() {
  return (
    <section class="screen">
      <h2 data-autofocus tabIndex={-1}>
        {t('title.review')}
      </h2>
    </section>
  );
}
