import { type FigureSource, type RunReport, SCORE_PARTS } from '../sim';
import { t } from '../view/strings/en';
import { COMPARISON_LABELS, SCORE_EXPLANATIONS } from '../view/strings/explanations';

const n = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 1 });
/** A report named in full, as the debrief's fine print names it. */
const sourceTitle = (source: FigureSource) =>
  source === 'public-record' ? t('debrief.source.recordTitle') : t('debrief.source.articleTitle');
/** Keys of `vsArticle` already shown beside their figure in the first block. */
const SHOWN_INLINE = new Set([
  'handsets',
  'syndicates',
  'countries',
  'arrests',
  'australiaArrests',
  'newZealandArrests',
  'cocaineKg',
  'guns',
  'cashGBP',
]);

/** The human-readable report: one figure a line, with its share of the real operation. */
export function formatReport(r: RunReport): string {
  const vs = (key: string) => (key in r.vsArticle ? `  (${r.vsArticle[key]}% of the real operation)` : '');
  const f = r.breakdown.figures;
  const lines = [
    `Scenario ${r.scenario}, seed ${r.seed}, policy ${r.policy}: ${r.days} days`,
    `Handsets            ${n(r.handsets)} (${n(r.handsetsActive)} still active)${vs('handsets')}`,
    `Syndicates reached  ${n(r.syndicatesReached)}${vs('syndicates')}`,
    `Countries reached   ${n(r.countriesReached)}${vs('countries')}`,
    `Messages            ${n(r.messages)} (${n(r.messagesAnalysed)} read by analysts)`,
    `Arrests             ${n(r.arrests)}${vs('arrests')}`,
    `  Australia         ${n(r.arrestsByCountry.AU ?? 0)}${vs('australiaArrests')}`,
    `  New Zealand       ${n(r.arrestsByCountry.NZ ?? 0)}${vs('newZealandArrests')}`,
    `Cocaine seized      ${n(r.seizures.cocaineKg)} kg${vs('cocaineKg')}`,
    `Other drugs seized  ${n(r.seizures.otherDrugsKg)} kg`,
    `Guns seized         ${n(r.seizures.gunsCount)}${vs('guns')}`,
    `Cash seized         £${n(r.seizures.cashGBP)}${vs('cashGBP')}`,
    `Threats to kill     ${r.threatsToKill.made} made, ${r.threatsToKill.detected} read, ${r.threatsToKill.actedOn} acted on, ${r.threatsToKill.livesLost} lives lost`,
    `Leak                ${r.leaked ? `yes, on day ${r.leakDay}` : 'no'}`,
    `Takedown            ${r.takedownDay === null ? 'none' : `day ${r.takedownDay}${r.admissible ? '' : ' (evidence inadmissible)'}`}`,
    `Expected convictions ${n(f.expectedConvictions)}`,
    `Syndicates dismantled ${n(f.syndicatesDismantled)}`,
    `Links between syndicates cut ${n(f.crossTies.share * 100)}% (${n(f.crossTies.cut)} of ${n(f.crossTies.total)})`,
    `Officer-days        ${n(f.officerDays.total)}`,
    `Privacy             ${n(Math.round(f.privacy.messagesRead))} messages read from ${n(f.privacy.peopleRead)} people, ${n(f.privacy.peopleReadNeverCharged)} of them never charged`,
    `Score               ${r.score.total}`,
    ...SCORE_PARTS.map(
      (part) => `  ${part.padEnd(17)} ${String(r.score[part]).padStart(8)}  ${SCORE_EXPLANATIONS[part]}`,
    ),
    'Also beside the real operation (full-scale equivalents):',
    ...r.breakdown.vsArticle
      .filter((c) => !SHOWN_INLINE.has(c.key) && c.inRun)
      .map(
        (c) =>
          `  ${(COMPARISON_LABELS[c.key] ?? c.key).padEnd(40)} ${n(c.fullScale)} of ${n(c.real)}: ${c.percent}% (${sourceTitle(c.source)})`,
      ),
  ];
  return lines.join('\n');
}
