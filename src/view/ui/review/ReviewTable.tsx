import type { ReviewRow } from '../../../store/classReview';
import { t } from '../../strings/en';
import { formatCount, formatDecimal } from '../format';
import { Icon } from '../Icon';

export interface NumberedRow {
  /** The row's number in the order results were added: the same in the table and on the chart. */
  readonly number: number;
  readonly row: ReviewRow;
}

/** How a row is named to people: the nickname the student chose, otherwise its number. */
export const rowName = ({ number, row }: NumberedRow) =>
  row.nickname ?? t('review.resultNumber', { n: number });

/** Money in a narrow cell: "£2.4M". */
function shortGBP(amount: number): string {
  return new Intl.NumberFormat(t('meta.locale'), {
    style: 'currency',
    currency: 'GBP',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** Drugs, guns and money, each kept on one line; the cell wraps between them. */
function Seized({ seizures }: ReviewRow) {
  return (
    <>
      <span class="review-nowrap">
        {t('review.seizedDrugs', { kg: formatCount(seizures.cocaineKg + seizures.otherDrugsKg) })}
      </span>{' '}
      <span class="review-nowrap">
        {seizures.gunsCount === 1
          ? t('review.seizedGun')
          : t('review.seizedGuns', { count: formatCount(seizures.gunsCount) })}
      </span>{' '}
      <span class="review-nowrap">{shortGBP(seizures.cashGBP)}</span>
    </>
  );
}

/** Whether and when the handset was exposed, and how many of its users heard so. */
function Exposed({ leakDay, holdersWarned }: ReviewRow) {
  if (leakDay === null) return <>{t('review.notExposed')}</>;
  return (
    <>
      <span class="review-nowrap">{t('review.exposedDay', { day: leakDay })}</span>{' '}
      <span class="review-nowrap">{t('review.exposedWarned', { count: formatCount(holdersWarned) })}</span>
    </>
  );
}

interface Props {
  readonly rows: readonly NumberedRow[];
  /** The scenario every row played, when they all played the same one: the column is left out. */
  readonly scenario: string | null;
  readonly onRemove: (row: NumberedRow) => void;
}

/** The class's runs, one row each; nicknames are the students' own text and shown only as text. */
export function ReviewTable({ rows, scenario, onRemove }: Props) {
  return (
    <div class="review-scroll">
      <table class="table table--compact review-table">
        <caption>
          {scenario === null
            ? t('review.caption', { count: rows.length })
            : t('review.captionScenario', { count: rows.length, scenario })}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('review.col.number')}
            </th>
            <th scope="col">{t('review.col.nickname')}</th>
            {scenario === null && <th scope="col">{t('review.col.scenario')}</th>}
            <th scope="col" class="num">
              {t('review.col.takedown')}
            </th>
            <th scope="col" class="num">
              {t('review.col.score')}
            </th>
            <th scope="col" class="num">
              {t('review.col.arrests')}
            </th>
            <th scope="col" class="num">
              {t('review.col.convictions')}
            </th>
            <th scope="col">{t('review.col.seizures')}</th>
            <th scope="col" class="num">
              {t('review.col.livesLost')}
            </th>
            <th scope="col">{t('review.col.threats')}</th>
            <th scope="col">{t('review.col.exposed')}</th>
            <th scope="col">{t('review.col.check')}</th>
            <th scope="col" class="review-controls">
              <span class="visually-hidden">{t('review.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((numbered) => {
            const { number, row } = numbered;
            return (
              <tr key={row.key}>
                <td class="num">{number}</td>
                <th scope="row">
                  {row.nickname ?? <span class="review-muted">{t('review.noNickname')}</span>}
                </th>
                {scenario === null && <td>{row.scenarioName}</td>}
                <td class="num">{row.takedownDay ?? t('review.noTakedown')}</td>
                <td class="num">{formatDecimal(row.score)}</td>
                <td class="num">{formatCount(row.arrests)}</td>
                <td class="num">
                  {row.expectedConvictions === null
                    ? t('review.none')
                    : formatDecimal(row.expectedConvictions)}
                </td>
                <td>
                  <Seized {...row} />
                </td>
                <td class="num">{formatCount(row.threats.livesLost)}</td>
                <td class="review-nowrap">
                  {t('review.threats', {
                    actedOn: formatCount(row.threats.actedOn),
                    detected: formatCount(row.threats.detected),
                  })}
                </td>
                <td>
                  <Exposed {...row} />
                </td>
                <td class={row.matches ? undefined : 'review-differs'}>
                  {row.matches ? t('review.matches') : t('review.differs')}
                </td>
                <td class="review-controls">
                  <button
                    type="button"
                    class="icon-button"
                    title={t('review.remove')}
                    onClick={() => onRemove(numbered)}
                  >
                    <Icon name="close" />
                    <span class="visually-hidden">{t('review.removeWho', { who: rowName(numbered) })}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="hint review-table__notes">{t('review.notes')}</p>
    </div>
  );
}
