/** Element ids the inbox's parts use to move focus between each other. */
export const INBOX_ID = 'inbox';
export const TOGGLE_ID = 'inbox-toggle';
export const LIST_ID = 'inbox-list';
export const SEARCH_ID = 'inbox-search';
export const READER_HEADING_ID = 'inbox-reader-heading';
export const TAGS_ID = 'inbox-tags';
export const CASE_HEADING_ID = 'inbox-case-heading';
/** The narrow screen's tab that opens the inbox (play/SheetTabs.tsx), where the toggle is out of sight. */
export const SHEET_TAB_ID = 'inbox-sheet-tab';
