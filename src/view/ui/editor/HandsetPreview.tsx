import type { Scenario } from '../../../sim';
import { t } from '../../strings/en';
import { ChartSvg } from '../debrief/ChartSvg';
import { type Frame, linearScale, linePath, niceTicks } from '../debrief/chartGeometry';
import { formatCount } from '../format';
import { useHandsetPreview } from './useHandsetPreview';

const FRAME: Frame = { width: 720, height: 240, left: 72, right: 14, top: 16, bottom: 34 };

/** A quick headless run of the draft: the handset curve the historical strategy gets from it. */
export function HandsetPreview({ scenario }: { scenario: Scenario | null }) {
  const preview = useHandsetPreview(scenario);
  let body = <p>{t('editor.previewInvalid')}</p>;
  if (preview.kind === 'running' || (preview.kind === 'idle' && scenario !== null))
    body = (
      <p>
        {t('editor.previewRunning')}{' '}
        {preview.kind === 'running' && (
          <progress max={preview.lastDay} value={preview.day} aria-label={t('editor.previewRunning')} />
        )}
      </p>
    );
  if (preview.kind === 'done' && scenario !== null) {
    const { handsets, syndicatesReached, syndicates, takedownDay } = preview.curve;
    const lastDay = Math.max(0, handsets.length - 1);
    const yMax = Math.max(1, ...handsets);
    const yTicks = niceTicks(yMax);
    const scale = linearScale(FRAME, scenario.days.max, yTicks.at(-1) ?? yMax);
    const summary = t('editor.previewSummary', {
      handsets: formatCount(handsets[lastDay] ?? 0),
      day: lastDay,
      syndicates: formatCount(syndicatesReached),
      total: formatCount(syndicates),
    });
    body = (
      <figure class="debrief-chart editor-preview__chart" aria-labelledby="editor-preview-title">
        <p id="editor-preview-title" class="visually-hidden">
          {t('editor.previewAxis')}
        </p>
        <ChartSvg
          id="editor-preview"
          summary={summary}
          frame={FRAME}
          yTicks={yTicks}
          xTicks={niceTicks(scenario.days.max, 5)}
          scale={scale}
          formatY={formatCount}
        >
          <path class="debrief-chart__line debrief-chart__line--yours" d={linePath(handsets, scale)} />
        </ChartSvg>
        <figcaption>
          <p id="editor-preview-summary" role="status">
            {summary}
          </p>
          {takedownDay !== null && <p>{t('editor.previewTakedown', { day: takedownDay })}</p>}
        </figcaption>
      </figure>
    );
  }
  return (
    <section class="editor-preview" aria-labelledby="editor-preview-heading">
      <h3 id="editor-preview-heading">{t('editor.previewHeading')}</h3>
      <p class="fineprint">{t('editor.previewIntro')}</p>
      {body}
    </section>
  );
}
