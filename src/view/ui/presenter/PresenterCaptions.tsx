import type { ShownCaption } from '../../../store/presenterSlice';
import { t } from '../../strings/en';
import { Icon } from '../Icon';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';
import { captionLine } from './captionText';

const NONE: readonly ShownCaption[] = [];

/**
 * The key moments of a presented run, large over the map. A polite live region that is always
 * there, so each new caption is read out as it appears.
 */
export function PresenterCaptions() {
  const game = useGame();
  const captions = useAppStore((s) => s.presenter?.captions ?? NONE);
  return (
    <div class="presenter-captions" role="status" aria-label={t('presenter.captions')}>
      {captions.map(({ id, caption }) => {
        const line = captionLine(game.sim, caption);
        return (
          <p key={id} class={`presenter-caption presenter-caption--${line.tone}`}>
            <Icon name={line.icon} />
            {line.text}
          </p>
        );
      })}
    </div>
  );
}
