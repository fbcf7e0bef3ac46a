import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Screen } from '../../store/appStore';
import { t } from '../strings/en';
import { LazyScreen, type ScreenLoader } from './LazyScreen';
import { PanelLayout } from './PanelLayout';
import { PlayScreen } from './play/PlayScreen';
import { usePresenterMode } from './presenter/usePresenterMode';
import { BriefingScreen } from './screens/BriefingScreen';
import { DebriefScreen } from './screens/DebriefScreen';
import { ScenarioScreen } from './screens/ScenarioScreen';
import { SeedingScreen } from './screens/SeedingScreen';
import { TakedownScreen } from './screens/TakedownScreen';
import { TitleScreen } from './screens/TitleScreen';
import { useAppStore } from './storeContext';

const documentTitles: Record<Screen, () => string> = {
  title: () => t('app.documentTitle'),
  scenarios: () => t('app.documentTitle.scenarios'),
  briefing: () => t('app.documentTitle.briefing'),
  seeding: () => t('app.documentTitle.seeding'),
  play: () => t('app.documentTitle.play'),
  takedown: () => t('app.documentTitle.takedown'),
  debrief: () => t('app.documentTitle.debrief'),
  editor: () => t('app.documentTitle.editor'),
  review: () => t('app.documentTitle.review'),
  guide: () => t('app.documentTitle.guide'),
  presenter: () => t('app.documentTitle.presenter'),
};

/** The teachers' pages, each in its own chunk: the title and the game load none of them. */
const loadEditor: ScreenLoader = () => import('./editor/EditorScreen').then((m) => m.EditorScreen);
const loadReview: ScreenLoader = () => import('./review/ClassReviewScreen').then((m) => m.ClassReviewScreen);
const loadGuide: ScreenLoader = () => import('./guide/TeacherGuideScreen').then((m) => m.TeacherGuideScreen);
const loadPresenter: ScreenLoader = () =>
  import('./presenter/PresenterScreen').then((m) => m.PresenterScreen);

/** The screens that belong to a game in progress; without one the player chooses a scenario. */
const needsGame: ReadonlySet<Screen> = new Set(['briefing', 'seeding', 'play', 'takedown', 'debrief']);

/** The DOM layer over the map: one screen at a time, focus following the player between them. */
export function App() {
  const wanted = useAppStore((s) => s.screen);
  const hasGame = useAppStore((s) => s.game !== null);
  const screen = needsGame.has(wanted) && !hasGame ? 'scenarios' : wanted;
  const firstRender = useRef(true);
  usePresenterMode();

  // A layout effect: focus moves in the same task as the new screen appears, never a frame later.
  useLayoutEffect(() => {
    document.title = documentTitles[screen]();
    document.documentElement.dataset.screen = screen;
    // On first load focus stays where the browser puts it (so Tab reaches the first control); after
    // a screen change it moves to the new screen's marked element instead of falling to <body>.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [screen]);

  if (screen === 'play') return <PlayScreen />;
  return (
    <PanelLayout compact={screen !== 'title'}>
      {screen === 'title' && <TitleScreen />}
      {screen === 'scenarios' && <ScenarioScreen />}
      {screen === 'briefing' && <BriefingScreen />}
      {screen === 'seeding' && <SeedingScreen />}
      {screen === 'takedown' && <TakedownScreen />}
      {screen === 'debrief' && <DebriefScreen />}
      {screen === 'editor' && <LazyScreen load={loadEditor} page="editor" />}
      {screen === 'review' && <LazyScreen load={loadReview} page="review" />}
      {screen === 'guide' && <LazyScreen load={loadGuide} page="guide" />}
      {screen === 'presenter' && <LazyScreen load={loadPresenter} page="presenter" />}
    </PanelLayout>
  );
}
