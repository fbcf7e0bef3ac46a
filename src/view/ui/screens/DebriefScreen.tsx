import { useMemo } from 'preact/hooks';
import { playerReport } from '../../../store/selectors/debrief';
import { t } from '../../strings/en';
import { formatCount, formatDecimal, formatGBP } from '../format';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';

interface Row {
  label: string;
  value: string;
  /** The run as a percentage of the real operation, scaled to this scenario's size. */
  vsArticle?: number;
}

const orNot = (value: number | null, format: (n: number) => string) =>
  value === null ? t('debrief.notApplicable') : format(value);

/** The run's outcomes beside the real operation's figures. */
export function DebriefScreen() {
  const { sim } = useGame();
  const backToTitle = useAppStore((s) => s.backToTitle);
  const r = useMemo(() => playerReport(sim), [sim]);
  const vs = r.vsArticle;

  const rows: Row[] = [
    { label: t('debrief.days'), value: formatCount(r.days) },
    { label: t('debrief.takedownDay'), value: orNot(r.takedownDay, formatCount) },
    {
      label: t('debrief.admissible'),
      value:
        r.admissible === null ? t('debrief.notApplicable') : r.admissible ? t('common.yes') : t('common.no'),
    },
    { label: t('debrief.handsets'), value: formatCount(r.handsets), vsArticle: vs.handsets },
    { label: t('debrief.handsetsActive'), value: formatCount(r.handsetsActive) },
    { label: t('debrief.syndicates'), value: formatCount(r.syndicatesReached), vsArticle: vs.syndicates },
    { label: t('debrief.countries'), value: formatCount(r.countriesReached), vsArticle: vs.countries },
    { label: t('debrief.messages'), value: formatCount(r.messages) },
    { label: t('debrief.messagesAnalysed'), value: formatCount(r.messagesAnalysed) },
    { label: t('debrief.arrests'), value: formatCount(r.arrests), vsArticle: vs.arrests },
    { label: t('debrief.convictions'), value: orNot(r.expectedConvictions, formatDecimal) },
    { label: t('debrief.dismantled'), value: orNot(r.syndicatesDismantled, formatCount) },
    { label: t('debrief.cocaine'), value: formatCount(r.seizures.cocaineKg), vsArticle: vs.cocaineKg },
    { label: t('debrief.otherDrugs'), value: formatCount(r.seizures.otherDrugsKg) },
    { label: t('debrief.guns'), value: formatCount(r.seizures.gunsCount), vsArticle: vs.guns },
    { label: t('debrief.cash'), value: formatGBP(r.seizures.cashGBP), vsArticle: vs.cashGBP },
    { label: t('debrief.threatsDetected'), value: formatCount(r.threatsToKill.detected) },
    { label: t('debrief.threatsActedOn'), value: formatCount(r.threatsToKill.actedOn) },
    { label: t('debrief.livesLost'), value: formatCount(r.threatsToKill.livesLost) },
    {
      label: t('debrief.leak'),
      value: r.leakDay === null ? t('debrief.noLeak') : t('debrief.leakDay', { day: r.leakDay }),
    },
    { label: t('debrief.score'), value: formatDecimal(r.score.total) },
  ];

  return (
    <section class="screen" aria-labelledby="debrief-heading">
      <h2 id="debrief-heading" tabIndex={-1} data-autofocus>
        {t('debrief.heading')}
      </h2>
      <p>{t('debrief.intro')}</p>
      <table class="table table--debrief">
        <caption>{t('debrief.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('debrief.measure')}</th>
            <th scope="col" class="num">
              {t('debrief.yours')}
            </th>
            <th scope="col" class="num">
              {t('debrief.vsArticle')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td class="num">{row.value}</td>
              <td class="num">
                {row.vsArticle === undefined
                  ? t('debrief.notCompared')
                  : t('debrief.percent', { percent: formatDecimal(row.vsArticle) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={backToTitle}>
          {t('common.backToTitle')}
        </button>
      </div>
    </section>
  );
}
