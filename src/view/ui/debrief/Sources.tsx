import { ARTICLE_SOURCE, PUBLIC_RECORD_SOURCE } from '../../../sim';
import { t } from '../../strings/en';

/** The short name of the report a real figure comes from (the scoring module's source string). */
export function sourceName(source: string): string {
  return source === PUBLIC_RECORD_SOURCE ? t('debrief.source.record') : t('debrief.source.article');
}

/** The fine print under a table of real figures: both reports named in full. */
export function SourcesNote() {
  return (
    <p class="fineprint">{t('debrief.sources', { article: ARTICLE_SOURCE, record: PUBLIC_RECORD_SOURCE })}</p>
  );
}
