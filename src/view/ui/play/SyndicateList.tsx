import { syndicateRows } from '../../../store/selectors/syndicateRows';
import { t } from '../../strings/en';
import { countryName, formatCount } from '../format';
import { Icon } from '../Icon';
import { syndicateName } from '../labels';
import { useAppStore } from '../storeContext';
import { useGameMemo } from '../useGame';

/** Every syndicate a handset has reached; choosing one opens its case file (as the map does). */
export function SyndicateList() {
  const selected = useAppStore((s) => s.selectedSyndicate);
  const selectSyndicate = useAppStore((s) => s.selectSyndicate);
  const rows = useGameMemo((g) => syndicateRows(g.sim), []);

  return (
    <section class="dock__section dock__section--grow" aria-labelledby="syndicates-heading">
      <h2 id="syndicates-heading" class="dock__heading">
        {t('play.syndicates', { count: formatCount(rows.length) })}
      </h2>
      <ul class="syndicate-list">
        {rows.map((row) => (
          <li key={row.syndicate}>
            <button
              type="button"
              class="syndicate-list__item"
              aria-pressed={selected === row.syndicate}
              onClick={() => selectSyndicate(selected === row.syndicate ? null : row.syndicate)}
            >
              <span class="syndicate-list__name">{syndicateName(row)}</span>
              <span class="syndicate-list__facts">
                <span>{countryName(row.countryIso)}</span>
                <span>
                  <Icon name="handset" />
                  {t('play.syndicateHandsets', {
                    active: formatCount(row.active),
                    size: formatCount(row.size),
                  })}
                </span>
                <span>
                  <Icon name="evidence" />
                  {t('play.syndicateEvidence', { count: formatCount(row.withEvidence) })}
                </span>
                {row.focused && (
                  <span class="tag">
                    <Icon name="analysts" />
                    {t('play.focused')}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
