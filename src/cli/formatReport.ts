import type { RunReport } from '../sim';

const n = (x: number) => x.toLocaleString('en-GB');

/** The human-readable report: one figure a line, with its share of the real operation. */
export function formatReport(r: RunReport): string {
  const vs = (key: string) => (key in r.vsArticle ? `  (${r.vsArticle[key]}% of the real operation)` : '');
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
    `Score               ${r.score.total}`,
  ];
  return lines.join('\n');
}
