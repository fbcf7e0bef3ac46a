import { t } from '../../strings/en';

export function PresenterScreen() {
  return (
    <section class="screen">
      <h2 data-autofocus tabIndex={-1}>
        {t('title.presenter')}
      </h2>
    </section>
  );
}
