import type { KeyPlayerComparison, WhatIf } from '../sim';
import { FIGURE_EXPLANATIONS, WHAT_IF_EXPLANATIONS, WHAT_IF_NOTES } from '../view/strings/explanations';

const n = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** The key-player comparison and the what-ifs as text, after the report. */
export function formatDebrief(keyPlayers: KeyPlayerComparison, whatIfs: readonly WhatIf[]): string {
  const set = (label: string, s: KeyPlayerComparison['yours']) =>
    `  ${label.padEnd(12)} ${n(s.people)} people, ${n(s.expectedConvictions)} expected convictions, ${n(s.syndicatesDismantled)} syndicates dismantled, ${n(s.crossTies.share * 100)}% of links between syndicates cut: ${n(s.points.total)} points`;
  const lines = [
    `Key players: ${FIGURE_EXPLANATIONS.keyPlayers}`,
    set('Yours', keyPlayers.yours),
    set('Alternative', keyPlayers.alternative),
    `  (${n(keyPlayers.overlap)} people in both; chosen from ${n(keyPlayers.candidates)} people with a conviction chance of at least ${Math.round(keyPlayers.minConvictionChance * 100)}%)`,
    'What if:',
  ];
  for (const w of whatIfs) {
    lines.push(`  ${w.id}: ${WHAT_IF_EXPLANATIONS[w.id]}`);
    for (const note of w.notes) lines.push(`    ${WHAT_IF_NOTES[note]}`);
    if (!w.breakdown) continue;
    const f = w.breakdown.figures;
    lines.push(
      `    takedown ${w.takedownDay ?? 'none'}${f.admissibility.admissible === false ? ' (inadmissible)' : ''}, ` +
        `${n(f.arrests.total)} arrests, ${n(f.syndicatesDismantled)} dismantled, ` +
        `${n(f.threats.actedOn)} threats acted on, ${n(f.threats.livesLost)} lives lost, ` +
        `leak ${f.exposure.leaked ? `day ${f.exposure.leakDay}` : 'no'}: score ${w.breakdown.score.total}`,
    );
  }
  return lines.join('\n');
}
