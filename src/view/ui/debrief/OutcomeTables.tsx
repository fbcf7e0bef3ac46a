import type { ArticleComparison, RunReport } from '../../../sim';
import { t } from '../../strings/en';
import { COMPARISON_LABELS, FIGURE_EXPLANATIONS } from '../../strings/explanations';
import { formatCount, formatDecimal, formatGBP } from '../format';
import { SourcesNote, sourceName } from './Sources';

const money = new Set(['cashGBP', 'australiaCashGBP', 'newZealandAssetsGBP']);
const REGION_ORDER: readonly ArticleComparison['region'][] = ['world', 'Australia', 'New Zealand'];
/** World figures first, then Australia's, then New Zealand's, each in the scoring module's order. */
const byRegion = (rows: readonly ArticleComparison[]) =>
  REGION_ORDER.flatMap((region) => rows.filter((r) => r.region === region));
const orNone = (value: number | null, format: (n: number) => string) =>
  value === null ? t('debrief.notApplicable') : format(value);

/** The run against the article's figures (world, Australia, New Zealand), each source named. */
export function OutcomeTables({ report }: { report: RunReport }) {
  const f = report.breakdown.figures;
  const fmt = (key: string, n: number) => (money.has(key) ? formatGBP(n) : formatCount(n));
  const runRows: { label: string; value: string }[] = [
    { label: t('debrief.days'), value: formatCount(report.days) },
    { label: t('debrief.takedownDay'), value: orNone(report.takedownDay, formatCount) },
    {
      label: t('debrief.admissible'),
      value:
        report.admissible === null
          ? t('debrief.notApplicable')
          : report.admissible
            ? t('common.yes')
            : t('common.no'),
    },
    {
      label: t('debrief.warned'),
      value:
        report.warnedBeforeTheDay === null
          ? t('debrief.notApplicable')
          : report.warnedBeforeTheDay
            ? t('common.yes')
            : t('common.no'),
    },
    { label: t('debrief.messagesAnalysed'), value: formatCount(report.messagesAnalysed) },
    { label: t('debrief.convictions'), value: orNone(report.expectedConvictions, formatDecimal) },
    { label: t('debrief.dismantled'), value: orNone(report.syndicatesDismantled, formatCount) },
    { label: t('debrief.wrongful'), value: formatCount(f.arrests.wrongful) },
    { label: t('debrief.otherDrugs'), value: formatCount(report.seizures.otherDrugsKg) },
    { label: t('debrief.threatsActedOn'), value: formatCount(report.threatsToKill.actedOn) },
    { label: t('debrief.livesLost'), value: formatCount(report.threatsToKill.livesLost) },
    {
      label: t('debrief.leak'),
      value: report.leakDay === null ? t('debrief.noLeak') : t('debrief.leakDay', { day: report.leakDay }),
    },
    { label: t('debrief.officerDays'), value: formatCount(f.officerDays.total) },
    { label: t('debrief.peopleRead'), value: formatCount(f.privacy.peopleRead) },
    { label: t('debrief.peopleReadNeverCharged'), value: formatCount(f.privacy.peopleReadNeverCharged) },
  ];
  return (
    <section class="debrief-section" aria-labelledby="debrief-outcomes-heading">
      <h3 id="debrief-outcomes-heading">{t('debrief.outcomesHeading')}</h3>
      <p>{FIGURE_EXPLANATIONS.vsArticle}</p>
      <table class="table table--compact table--debrief">
        <caption>{t('debrief.compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('debrief.measure')}</th>
            <th scope="col" class="num">
              {t('debrief.yours')}
            </th>
            <th scope="col" class="num">
              {t('debrief.fullScale')}
            </th>
            <th scope="col" class="num">
              {t('debrief.real')}
            </th>
            <th scope="col" class="num">
              {t('debrief.percentOfReal')}
            </th>
            <th scope="col">{t('debrief.source')}</th>
          </tr>
        </thead>
        <tbody>
          {byRegion(report.breakdown.vsArticle).map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{COMPARISON_LABELS[row.key] ?? row.key}</th>
              <td class="num">{row.inRun ? fmt(row.key, row.run) : t('debrief.notInRun')}</td>
              <td class="num">{row.inRun ? fmt(row.key, row.fullScale) : '—'}</td>
              <td class="num">{fmt(row.key, row.real)}</td>
              <td class="num">
                {row.inRun ? t('debrief.percent', { percent: formatDecimal(row.percent) }) : '—'}
              </td>
              <td>{sourceName(row.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SourcesNote />
      <table class="table table--compact debrief-run">
        <caption>{t('debrief.runCaption')}</caption>
        <tbody>
          {runRows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td class="num">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
