import type { PlaySheet } from '../../../store/mapSlice';
import { t } from '../../strings/en';
import { Icon, type IconName } from '../Icon';
import { INBOX_ID, SHEET_TAB_ID } from '../inbox/ids';
import { useAppStore } from '../storeContext';

/** Ids of the panels the tabs open (each set on its panel's outer element). */
export const NETWORK_ID = 'play-network';
export const CASE_ID = 'play-case';
export const ACTIONS_ID = 'play-actions';
/** The network's tab, where focus goes when a case file closes on a narrow screen. */
export const NETWORK_TAB_ID = 'play-network-tab';

/** Which panel a narrow screen shows over the map: a sheet, else the inbox, else a case file. */
export type ShownSheet = PlaySheet | 'inbox' | 'case' | null;

export function shownSheet(sheet: PlaySheet | null, inboxOpen: boolean, selected: number | null): ShownSheet {
  return sheet ?? (inboxOpen ? 'inbox' : selected !== null ? 'case' : null);
}

/**
 * On a narrow screen (play.css) the map has the whole screen and the panels open over it one at
 * a time from these buttons along the bottom; each one shows or hides its panel. Wider screens
 * dock every panel around the map and hide this row.
 */
export function SheetTabs({ shown }: { shown: ShownSheet }) {
  const selected = useAppStore((s) => s.selectedSyndicate);
  const inboxOpen = useAppStore((s) => s.inboxOpen);
  const setPlaySheet = useAppStore((s) => s.setPlaySheet);
  const setInboxOpen = useAppStore((s) => s.setInboxOpen);
  const selectSyndicate = useAppStore((s) => s.selectSyndicate);
  const toggle = (sheet: PlaySheet) => setPlaySheet(shown === sheet ? null : sheet);
  const showCase = () => {
    // Shown, the case file closes (as its own close button does); else it comes back in front.
    if (shown === 'case') selectSyndicate(null);
    else {
      setPlaySheet(null);
      setInboxOpen(false);
    }
  };

  return (
    <nav class="sheet-tabs" aria-label={t('play.sheets')}>
      <Tab
        id={NETWORK_TAB_ID}
        icon="syndicate"
        label={t('play.sheet.network')}
        controls={NETWORK_ID}
        expanded={shown === 'network'}
        onClick={() => toggle('network')}
      />
      <Tab
        icon="evidence"
        label={t('play.sheet.case')}
        controls={selected === null ? undefined : CASE_ID}
        expanded={shown === 'case'}
        disabled={selected === null}
        onClick={showCase}
      />
      <Tab
        id={SHEET_TAB_ID}
        icon="message"
        label={t('inbox.toggle')}
        controls={inboxOpen ? INBOX_ID : undefined}
        expanded={shown === 'inbox'}
        onClick={() => setInboxOpen(shown !== 'inbox')}
      />
      <Tab
        icon="takedown"
        label={t('play.actions')}
        controls={ACTIONS_ID}
        expanded={shown === 'actions'}
        onClick={() => toggle('actions')}
      />
    </nav>
  );
}

function Tab(props: {
  id?: string;
  icon: IconName;
  label: string;
  controls: string | undefined;
  expanded: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      id={props.id}
      type="button"
      class="sheet-tabs__tab"
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <Icon name={props.icon} />
      {props.label}
    </button>
  );
}
