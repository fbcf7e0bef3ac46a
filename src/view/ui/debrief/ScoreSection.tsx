import { type RunReport, SCORE_PARTS, SCORE_WEIGHTS, type ScorePart } from '../../../sim';
import { t } from '../../strings/en';
import { SCORE_EXPLANATIONS } from '../../strings/explanations';
import { formatDecimal } from '../format';
import { PART_LABEL } from './labels';

const w = SCORE_WEIGHTS;
/** Weights keep their small decimals (−0.005 per officer-day must not read as −0). */
const weight = (n: number) => n.toLocaleString(t('meta.locale'), { maximumFractionDigits: 3 });
const signed = (n: number) => (n > 0 ? `+${weight(n)}` : weight(n));

/** The weights in words, built from SCORE_WEIGHTS so what is shown is what is counted. */
const WEIGHT_TEXT: Record<ScorePart, () => string> = {
  convictions: () => t('debrief.weight.convictions', { w: signed(w.conviction) }),
  dismantled: () => t('debrief.weight.dismantled', { w: signed(w.dismantledSyndicate) }),
  crossTies: () => t('debrief.weight.crossTies', { w: signed(w.allCrossTiesCut) }),
  seizures: () =>
    t('debrief.weight.seizures', {
      cocaine: signed(w.cocaineTonne),
      other: signed(w.otherDrugsTonne),
      gun: signed(w.gun),
      cash: signed(w.cashMillionGBP),
    }),
  lives: () => t('debrief.weight.lives', { w: signed(w.lifeLost) }),
  exposure: () => t('debrief.weight.exposure', { w: signed(w.leak) }),
  officerDays: () => t('debrief.weight.officerDays', { w: signed(w.officerDay) }),
  privacy: () => t('debrief.weight.privacy', { w: weight(w.personReadNeverCharged) }),
};

/** The total, then each part with its weight, its points and one plain sentence. */
export function ScoreSection({ report }: { report: RunReport }) {
  const { score, scale } = { score: report.score, scale: report.breakdown.scale };
  return (
    <section class="debrief-section debrief-score" aria-labelledby="debrief-score-heading">
      <h3 id="debrief-score-heading">{t('debrief.scoreHeading')}</h3>
      <p class="debrief-score__total" data-figure="score">
        {t('debrief.scoreTotal', { total: formatDecimal(score.total) })}
      </p>
      <p>{SCORE_EXPLANATIONS.total}</p>
      <p class="hint">
        {t('debrief.scaleNote', { factor: formatDecimal(1 / scale), percent: formatDecimal(scale * 100) })}
      </p>
      <table class="table table--compact debrief-score__table">
        <caption>{t('debrief.scoreCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('debrief.part')}</th>
            <th scope="col">{t('debrief.weight')}</th>
            <th scope="col" class="num">
              {t('debrief.points')}
            </th>
            <th scope="col">{t('debrief.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {SCORE_PARTS.map((part) => (
            <tr key={part} data-part={part}>
              <th scope="row">{PART_LABEL[part]()}</th>
              <td class="debrief-score__weight">{WEIGHT_TEXT[part]()}</td>
              <td class="num">{formatDecimal(score[part])}</td>
              <td>{SCORE_EXPLANATIONS[part]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
