import type { Ref } from 'preact';
import { t } from '../strings/en';
import { useAppStore } from './storeContext';

interface Props {
  /** The Start button, focused when the player comes back to this screen. */
  startRef: Ref<HTMLButtonElement>;
}

/** What the game is, for students, and the way in. */
export function TitleScreen({ startRef }: Props) {
  const start = useAppStore((s) => s.start);
  return (
    <section class="screen">
      <p class="tagline">{t('title.tagline')}</p>
      <p>{t('title.story')}</p>
      <p>{t('title.role')}</p>
      <div class="actions">
        <button ref={startRef} type="button" class="button button--primary" onClick={start}>
          {t('title.start')}
        </button>
      </div>
      <p class="fineprint">{t('title.fiction')}</p>
    </section>
  );
}
