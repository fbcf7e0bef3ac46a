import type { Ref } from 'preact';
import { t } from '../strings/en';
import { useAppStore } from './storeContext';

interface Props {
  /** The panel's heading, focused when the panel opens so screen readers announce it. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** Placeholder after Start until the scenario picker exists. */
export function ComingNextPanel({ headingRef }: Props) {
  const backToTitle = useAppStore((s) => s.backToTitle);
  return (
    <section class="screen notice" aria-labelledby="coming-next-heading">
      <h2 id="coming-next-heading" ref={headingRef} tabIndex={-1}>
        {t('comingNext.heading')}
      </h2>
      <p>{t('comingNext.body')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={backToTitle}>
          {t('comingNext.back')}
        </button>
      </div>
    </section>
  );
}
