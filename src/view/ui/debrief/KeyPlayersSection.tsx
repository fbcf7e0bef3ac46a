import type { KeyPlayerComparison } from '../../../sim';
import type { DifferingPerson, KeyPlayerDifferences } from '../../../store/selectors/debrief';
import { t } from '../../strings/en';
import { FIGURE_EXPLANATIONS } from '../../strings/explanations';
import { formatCount, formatDecimal, formatShare } from '../format';
import { roleLabel, syndicateName } from '../labels';

type SetValue = KeyPlayerComparison['yours'];

const ROWS: readonly { label: () => string; value: (s: SetValue) => string; id: string }[] = [
  { id: 'people', label: () => t('debrief.keyPeople'), value: (s) => formatCount(s.people) },
  {
    id: 'convictions',
    label: () => t('debrief.keyConvictions'),
    value: (s) => formatDecimal(s.expectedConvictions),
  },
  {
    id: 'dismantled',
    label: () => t('debrief.keyDismantled'),
    value: (s) => formatCount(s.syndicatesDismantled),
  },
  { id: 'crossTies', label: () => t('debrief.keyCrossTies'), value: (s) => formatShare(s.crossTies.share) },
  { id: 'points', label: () => t('debrief.keyPoints'), value: (s) => formatDecimal(s.points.total) },
];

function verdict(k: KeyPlayerComparison): string {
  const gain = k.pointsGained;
  if (gain > 0)
    return t('debrief.keyVerdict.better', {
      more: formatCount(Math.max(0, k.alternative.syndicatesDismantled - k.yours.syndicatesDismantled)),
      points: formatDecimal(gain),
    });
  if (gain < 0) return t('debrief.keyVerdict.worse', { points: formatDecimal(-gain) });
  return t('debrief.keyVerdict.same');
}

function names(people: readonly DifferingPerson[], more: number): string {
  const list = people
    .map((p) =>
      t('debrief.keyPerson', {
        name: p.name,
        role: roleLabel(p.role),
        syndicate: syndicateName(p.syndicate),
      }),
    )
    .join('; ');
  return more > 0 ? t('debrief.keyAndMore', { names: list, count: formatCount(more) }) : list;
}

/** Who differs between the two sets, named. */
function Differences({ d }: { d: KeyPlayerDifferences }) {
  if (d.onlyYours.length === 0 && d.onlyAlternative.length === 0)
    return <p class="debrief-key__who">{t('debrief.keySamePeople')}</p>;
  return (
    <>
      {d.onlyYours.length > 0 && (
        <p class="debrief-key__who">
          {t('debrief.keyOnlyYours', { people: names(d.onlyYours, d.moreYours) })}
        </p>
      )}
      {d.onlyAlternative.length > 0 && (
        <p class="debrief-key__who">
          {t('debrief.keyOnlyAlternative', { people: names(d.onlyAlternative, d.moreAlternative) })}
        </p>
      )}
    </>
  );
}

/** The player's arrests beside the computed key-player set of the same size, and who differs. */
export function KeyPlayersSection({
  keyPlayers,
  differences,
}: {
  keyPlayers: KeyPlayerComparison;
  differences: KeyPlayerDifferences;
}) {
  return (
    <section class="debrief-section" aria-labelledby="debrief-key-heading">
      <h3 id="debrief-key-heading">{t('debrief.keyHeading')}</h3>
      <p>{FIGURE_EXPLANATIONS.keyPlayers}</p>
      {keyPlayers.size === 0 ? (
        <p>{t('debrief.keyNone')}</p>
      ) : (
        <>
          <table class="table table--compact debrief-key">
            <caption>{t('debrief.keyCaption')}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col" class="num">
                  {t('debrief.keyYours')}
                </th>
                <th scope="col" class="num">
                  {t('debrief.keyAlternative')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.id} data-row={row.id}>
                  <th scope="row">{row.label()}</th>
                  <td class="num">{row.value(keyPlayers.yours)}</td>
                  <td class="num">{row.value(keyPlayers.alternative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{verdict(keyPlayers)}</p>
          <Differences d={differences} />
          <p class="hint">
            {t('debrief.keyOverlap', {
              overlap: formatCount(keyPlayers.overlap),
              candidates: formatCount(keyPlayers.candidates),
              chance: formatShare(keyPlayers.minConvictionChance),
            })}
          </p>
        </>
      )}
    </section>
  );
}
