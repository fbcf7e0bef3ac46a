import type { FigureSource } from '../../../sim';
import { t } from '../../strings/en';

/** The short name of the report a real figure comes from. */
export function sourceName(source: FigureSource): string {
  return source === 'public-record' ? t('debrief.source.record') : t('debrief.source.article');
}

/** The fine print under a table of real figures: both reports named in full. */
export function SourcesNote() {
  return (
    <p class="fineprint">
      {t('debrief.sources', {
        article: t('debrief.source.articleTitle'),
        record: t('debrief.source.recordTitle'),
      })}
    </p>
  );
}
