import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Screen } from '../../store/appStore';
import { t } from '../strings/en';
import { EditorScreen } from './editor/EditorScreen';
import { TeacherGuideScreen } from './guide/TeacherGuideScreen';
import { PanelLayout } from './PanelLayout';
import { PlayScreen } from './play/PlayScreen';
import { PresenterScreen } from './presenter/PresenterScreen';
import { usePresenterMode } from './presenter/usePresenterMode';
import { ClassReviewScreen } from './review/ClassReviewScreen';
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
      {screen === 'editor' && <EditorScreen />}
      {screen === 'review' && <ClassReviewScreen />}
      {screen === 'guide' && <TeacherGuideScreen />}
      {screen === 'presenter' && <PresenterScreen />}
    </PanelLayout>
  );
}
