import { t } from '../../strings/en';
import { InboxPanel } from '../inbox/InboxPanel';
import { PresenterBar } from '../presenter/PresenterBar';
import { PresenterCaptions } from '../presenter/PresenterCaptions';
import { useAppStore } from '../storeContext';
import { ActionBar } from './ActionBar';
import { ActivityLog } from './ActivityLog';
import { AnnounceProvider, LiveRegion } from './announce';
import { CaseDock } from './CaseDock';
import { PlayDialogs } from './dialogs/PlayDialogs';
import { Hud } from './Hud';
import { OverBanner } from './OverBanner';
import { NETWORK_ID, SheetTabs, shownSheet } from './SheetTabs';
import { SyndicateList } from './SyndicateList';
import { useLogAnnouncements } from './useLogAnnouncements';

/**
 * The operations room: HUD on top, network and activity on the left, the case file on the right,
 * actions below, and the map (the Phaser canvas behind) in the open middle, where pointer events
 * pass through to it. A narrow screen gives the map the whole screen and opens one panel at a
 * time over it from tabs along the bottom (SheetTabs, play.css).
 */
export function PlayScreen() {
  return (
    <AnnounceProvider>
      <PlayLayout />
    </AnnounceProvider>
  );
}

function PlayLayout() {
  const selected = useAppStore((s) => s.selectedSyndicate);
  // The inbox docks over the map and the case file's column; the case file waits behind it.
  const inboxOpen = useAppStore((s) => s.inboxOpen);
  const caseShown = selected !== null && !inboxOpen;
  // Presenter mode: a policy plays; captions over the map, its own bar instead of the player's moves.
  const presentedBy = useAppStore((s) => s.presenter?.policy ?? null);
  // On a narrow screen one panel at a time opens over the map (SheetTabs); wider ones ignore it.
  const sheet = shownSheet(
    useAppStore((s) => s.playSheet),
    inboxOpen,
    selected,
  );
  useLogAnnouncements();
  return (
    <div class={caseShown ? 'play play--case' : 'play'} data-sheet={sheet ?? 'none'}>
      <Hud />
      <aside id={NETWORK_ID} class="dock dock--left" aria-label={t('play.network')}>
        <SyndicateList />
        <ActivityLog />
      </aside>
      <main class="play__map" aria-labelledby="play-heading">
        <h2 id="play-heading" class="visually-hidden" tabIndex={-1} data-autofocus>
          {t('play.heading')}
        </h2>
        {presentedBy === null ? <OverBanner /> : <PresenterCaptions />}
        <LiveRegion />
        <PlayDialogs />
      </main>
      {inboxOpen && <InboxPanel />}
      {caseShown && <CaseDock syndicate={selected} />}
      {presentedBy === null ? <ActionBar /> : <PresenterBar policy={presentedBy} />}
      <SheetTabs shown={sheet} />
    </div>
  );
}
