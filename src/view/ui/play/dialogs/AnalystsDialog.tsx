import { useMemo, useState } from 'preact/hooks';
import { analystLoad, MAX_ANALYST_FOCUS, syndicateTraffic } from '../../../../store/selectors/analystLoad';
import { codedTalk } from '../../../../store/selectors/codedTalk';
import { focusGroups } from '../../../../store/selectors/focusGroups';
import { syndicateRows } from '../../../../store/selectors/syndicateRows';
import { t } from '../../../strings/en';
import { countryName, formatCount, formatShare, languageName } from '../../format';
import { syndicateName } from '../../labels';
import { useAppStore } from '../../storeContext';
import { useGame, useGameMemo } from '../../useGame';
import { useAnnounce } from '../announce';
import { FocusGroupPicker } from './FocusGroupPicker';
import { Modal } from './Modal';

/** Where analysts read first: focused syndicates are read before everyone else shares the rest. */
export function AnalystsDialog() {
  const game = useGame();
  const { sim } = game;
  const act = useAppStore((s) => s.act);
  const closeDialog = useAppStore((s) => s.closeDialog);
  const announce = useAnnounce();
  const rows = useGameMemo((g) => syndicateRows(g.sim).filter((r) => r.active > 0), []);
  const [focus, setFocus] = useState<number[]>(() => [...sim.analystFocus]);
  const load = useGameMemo((g) => analystLoad(g.sim, focus), [focus]);
  const coded = useGameMemo((g) => codedTalk(g.sim), []);
  // Said only when focus does decode more (a scenario may set it no higher than plain speech).
  const decodes = coded.focusedBoss > coded.boss || coded.focusedLieutenant > coded.lieutenant;

  const groups = useMemo(() => {
    const { countries, languages } = focusGroups(
      sim,
      rows.map((r) => r.syndicate),
    );
    return {
      countries: countries.map((g) => ({ label: countryName(g.key), syndicates: g.syndicates })),
      languages: languages.map((g) => ({ label: languageName(g.key), syndicates: g.syndicates })),
    };
  }, [sim, rows]);
  const addGroup = (syndicates: readonly number[]) =>
    setFocus([...focus, ...syndicates.filter((s) => !focus.includes(s))].slice(0, MAX_ANALYST_FOCUS));

  const toggle = (s: number) => setFocus(focus.includes(s) ? focus.filter((x) => x !== s) : [...focus, s]);
  const apply = () => {
    act({ type: 'focusAnalysts', syndicates: [...focus].sort((a, b) => a - b) });
    announce(t('analysts.done', { count: focus.length }));
    closeDialog();
  };

  return (
    <Modal labelledBy="analysts-heading" describedBy="analysts-load" onCancel={closeDialog}>
      <h2 id="analysts-heading" class="modal__heading" tabIndex={-1}>
        {t('analysts.heading')}
      </h2>
      <p>
        {t('analysts.capacity', {
          capacity: formatCount(load.capacity),
          traffic: formatCount(load.traffic),
        })}
      </p>
      {decodes && (
        <p>
          {t('analysts.decodes', {
            focusedBoss: formatShare(coded.focusedBoss),
            boss: formatShare(coded.boss),
            focusedLieutenant: formatShare(coded.focusedLieutenant),
            lieutenant: formatShare(coded.lieutenant),
          })}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t('analysts.none')}</p>
      ) : (
        <>
          <div class="focus-groups">
            <FocusGroupPicker
              id="analysts-country"
              label={t('analysts.byCountry')}
              groups={groups.countries}
              onAdd={addGroup}
            />
            <FocusGroupPicker
              id="analysts-language"
              label={t('analysts.byLanguage')}
              groups={groups.languages}
              onAdd={addGroup}
            />
          </div>
          <fieldset class="picker">
            <legend>{t('analysts.legend', { count: focus.length, most: MAX_ANALYST_FOCUS })}</legend>
            <ul class="check-list">
              {rows.map((row) => (
                <li key={row.syndicate}>
                  <label>
                    <input
                      type="checkbox"
                      checked={focus.includes(row.syndicate)}
                      disabled={!focus.includes(row.syndicate) && focus.length >= MAX_ANALYST_FOCUS}
                      onChange={() => toggle(row.syndicate)}
                    />
                    <span>{syndicateName(row)}</span>
                  </label>
                  <span class="check-list__facts">
                    {t('analysts.row', {
                      country: countryName(row.countryIso),
                      messages: formatCount(syndicateTraffic(sim, row.syndicate)),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
        </>
      )}
      <p id="analysts-load" class="callout">
        {focus.length === 0
          ? t('analysts.loadEven', { share: formatShare(load.otherShare) })
          : t('analysts.loadFocused', {
              focused: formatShare(load.focusedShare),
              other: formatShare(load.otherShare),
            })}
      </p>
      <div class="actions">
        {rows.length > 0 && (
          <button type="button" class="button button--primary" onClick={apply}>
            {t('analysts.apply')}
          </button>
        )}
        <button type="button" class="button button--quiet" onClick={closeDialog}>
          {rows.length > 0 ? t('common.cancel') : t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
