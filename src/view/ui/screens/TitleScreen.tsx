import { t } from '../../strings/en';
import { SaveProblem } from '../SaveProblem';
import { useAppStore } from '../storeContext';

/** What the game is, for students, and the way in. */
export function TitleScreen() {
  const start = useAppStore((s) => s.start);
  return (
    <section class="screen">
      <SaveProblem />
      <p class="tagline">{t('title.tagline')}</p>
      <p>{t('title.story')}</p>
      <p>{t('title.role')}</p>
      <div class="actions">
        <button data-autofocus type="button" class="button button--primary" onClick={start}>
          {t('title.start')}
        </button>
      </div>
      <p class="fineprint">{t('title.fiction')}</p>
    </section>
  );
}
