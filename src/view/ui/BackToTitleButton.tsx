import { t } from '../strings/en';
import { useAppStore } from './storeContext';

/** The way back to the title screen that the menu's screens and the debrief end with. */
export function BackToTitleButton({ variant }: { variant?: 'primary' | 'quiet' }) {
  const backToTitle = useAppStore((s) => s.backToTitle);
  return (
    <button type="button" class={variant ? `button button--${variant}` : 'button'} onClick={backToTitle}>
      {t('common.backToTitle')}
    </button>
  );
}
