import { useEffect, useRef } from 'preact/hooks';
import type { Screen } from '../../store/appStore';
import { t } from '../strings/en';
import { ComingNextPanel } from './ComingNextPanel';
import { useAppStore } from './storeContext';
import { TitleScreen } from './TitleScreen';

const documentTitles: Record<Screen, () => string> = {
  title: () => t('app.documentTitle'),
  'coming-next': () => t('app.documentTitle.comingNext'),
};

/** The DOM layer over the backdrop: one briefing panel whose body depends on the screen. */
export function App() {
  const screen = useAppStore((s) => s.screen);
  const startRef = useRef<HTMLButtonElement>(null);
  const noticeHeadingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = documentTitles[screen]();
    // On first load focus stays where the browser puts it (so Tab reaches Start first); after a
    // screen change, focus follows the player to the new screen instead of falling to <body>.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (screen === 'coming-next') noticeHeadingRef.current?.focus();
    else startRef.current?.focus();
  }, [screen]);

  return (
    <main class="briefing">
      <div class="panel">
        <header class="panel__header">
          <p class="eyebrow">{t('title.eyebrow')}</p>
          <h1 id="app-title">{t('app.name')}</h1>
        </header>
        {screen === 'title' ? (
          <TitleScreen startRef={startRef} />
        ) : (
          <ComingNextPanel headingRef={noticeHeadingRef} />
        )}
      </div>
    </main>
  );
}
