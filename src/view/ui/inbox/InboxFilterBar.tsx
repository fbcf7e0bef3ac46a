import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MESSAGE_CATEGORIES, type MessageCategory } from '../../../sim';
import { inboxCounts, inboxFacets, SEARCH_LIMIT } from '../../../store/selectors/inbox';
import { t } from '../../strings/en';
import { countryName, formatCount } from '../format';
import { Icon } from '../Icon';
import { syndicateName } from '../labels';
import { useAppStore } from '../storeContext';
import { useGameMemo } from '../useGame';
import { SEARCH_ID } from './ids';
import { categoryLabel } from './inboxLabels';

/** Typing pauses this long before the search runs (Enter runs it at once). */
const SEARCH_DELAY_MS = 150;

const ANY = '';

/** Search box, the three menus and the two checkboxes that narrow the inbox. */
export function InboxFilterBar({ summary }: { summary: ComponentChildren }) {
  const filters = useAppStore((s) => s.inboxFilters);
  const setFilters = useAppStore((s) => s.setInboxFilters);
  const clearFilters = useAppStore((s) => s.clearInboxFilters);
  const facets = useGameMemo((g) => inboxFacets(g.sim), []);
  const counts = useGameMemo((g) => inboxCounts(g.sim), []);
  const [draft, setDraft] = useState(filters.query);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const box = useRef<HTMLInputElement>(null);

  // The store's query can change elsewhere (Clear, a new game): the box follows it.
  useEffect(() => setDraft(filters.query), [filters.query]);
  useEffect(() => () => clearPending(), []);

  function clearPending() {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }

  const search = (query: string) => {
    clearPending();
    setFilters({ query });
  };

  return (
    <search class="inbox-filters-landmark" aria-label={t('inbox.filtersLabel')}>
      <form
        class="inbox-filters"
        onSubmit={(event) => {
          event.preventDefault();
          // The box itself, not the draft: Enter right after typing must search what was typed.
          search(box.current?.value ?? draft);
        }}
      >
        <div class="inbox-filters__search">
          <label for={SEARCH_ID}>{t('inbox.search', { limit: formatCount(SEARCH_LIMIT) })}</label>
          <input
            ref={box}
            id={SEARCH_ID}
            type="search"
            value={draft}
            autoComplete="off"
            spellcheck={false}
            placeholder={t('inbox.searchPlaceholder')}
            aria-keyshortcuts="/"
            onInput={(event) => {
              const query = event.currentTarget.value;
              setDraft(query);
              clearPending();
              timer.current = setTimeout(() => search(query), SEARCH_DELAY_MS);
            }}
          />
        </div>
        <label class="inbox-filters__menu">
          <span>{t('inbox.filterSyndicate')}</span>
          <select
            value={filters.syndicate === null ? ANY : String(filters.syndicate)}
            onChange={(event) => {
              const v = event.currentTarget.value;
              setFilters({ syndicate: v === ANY ? null : Number(v) });
            }}
          >
            <option value={ANY}>{t('inbox.anySyndicate')}</option>
            {facets.syndicates.map((s) => (
              <option key={s.syndicate} value={String(s.syndicate)}>
                {t('inbox.optionCount', { label: syndicateName(s), count: formatCount(s.messages) })}
              </option>
            ))}
          </select>
        </label>
        <label class="inbox-filters__menu">
          <span>{t('inbox.filterCountry')}</span>
          <select
            value={filters.country === null ? ANY : String(filters.country)}
            onChange={(event) => {
              const v = event.currentTarget.value;
              setFilters({ country: v === ANY ? null : Number(v) });
            }}
          >
            <option value={ANY}>{t('inbox.anyCountry')}</option>
            {facets.countries
              .map((c) => ({ ...c, name: countryName(c.iso2) }))
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((c) => (
                <option key={c.country} value={String(c.country)}>
                  {t('inbox.optionCount', { label: c.name, count: formatCount(c.messages) })}
                </option>
              ))}
          </select>
        </label>
        <label class="inbox-filters__menu">
          <span>{t('inbox.filterCategory')}</span>
          <select
            value={filters.category ?? ANY}
            onChange={(event) => {
              const v = event.currentTarget.value;
              setFilters({ category: v === ANY ? null : (v as MessageCategory) });
            }}
          >
            <option value={ANY}>{t('inbox.anyCategory')}</option>
            {MESSAGE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t('inbox.optionUnread', {
                  label: categoryLabel(c),
                  unread: formatCount(counts.byCategory[c].unread),
                })}
              </option>
            ))}
          </select>
        </label>
        <div class="inbox-filters__row">
          <label class="inbox-filters__check">
            <input
              type="checkbox"
              checked={filters.flaggedOnly}
              aria-keyshortcuts="F"
              onChange={(event) => setFilters({ flaggedOnly: event.currentTarget.checked })}
            />
            <Icon name="analysts" />
            {t('inbox.flaggedOnly', { count: formatCount(counts.unreadFlagged) })}
          </label>
          <label class="inbox-filters__check">
            <input
              type="checkbox"
              checked={filters.unreadOnly}
              aria-keyshortcuts="U"
              onChange={(event) => setFilters({ unreadOnly: event.currentTarget.checked })}
            />
            {t('inbox.unreadOnly', { count: formatCount(counts.unread) })}
          </label>
          <button
            type="button"
            class="button button--small button--quiet"
            onClick={() => {
              clearPending();
              setDraft('');
              clearFilters();
            }}
          >
            {t('inbox.clearFilters')}
          </button>
          {summary}
        </div>
      </form>
    </search>
  );
}
