import { useAppStore } from '../../storeContext';
import { useGame } from '../../useGame';
import { AnalystsDialog } from './AnalystsDialog';
import { NoticeDialog } from './NoticeDialog';
import { RaidDialog } from './RaidDialog';
import { SeedDialog } from './SeedDialog';
import { ThreatDialog } from './ThreatDialog';

/** At most one dialog at a time: news first (leak, authorisation), then threats, then the player's own. */
export function PlayDialogs() {
  const game = useGame();
  const dialog = useAppStore((s) => s.dialog);
  const notice = game.notices[0];
  if (notice !== undefined) return <NoticeDialog key={`notice-${notice}`} notice={notice} />;
  const threat = game.openThreats[0];
  if (threat !== undefined)
    return <ThreatDialog key={`threat-${threat}`} threat={threat} waiting={game.openThreats.length - 1} />;
  if (dialog === null) return null;
  if (dialog.kind === 'seed') return <SeedDialog />;
  if (dialog.kind === 'analysts') return <AnalystsDialog />;
  return <RaidDialog key={dialog.syndicate} syndicate={dialog.syndicate} />;
}
