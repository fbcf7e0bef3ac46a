import { t } from '../../strings/en';

export function EditorScreen() {
  return (
    <section class="screen">
      <h2 data-autofocus tabIndex={-1}>
        {t('title.editor')}
      </h2>
    </section>
  );
}
