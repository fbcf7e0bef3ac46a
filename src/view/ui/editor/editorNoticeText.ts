import type { EditorNotice } from '../../../store/editorSlice';
import { t } from '../../strings/en';

/** Where the draft came from, in words. */
export function editorNoticeText(notice: EditorNotice): string {
  if (notice.kind === 'stored-draft-unreadable') return t('editor.notice.unreadable');
  if (notice.kind === 'started-from') return t('editor.notice.startedFrom', { name: notice.name });
  return notice.migratedFrom === null
    ? t('editor.notice.loaded', { name: notice.name })
    : t('editor.notice.migrated', { name: notice.name, version: notice.migratedFrom });
}
