import type { ScoreBreakdown, WhatIf } from '../../../sim';
import { t } from '../../strings/en';
import { WHAT_IF_EXPLANATIONS, WHAT_IF_NOTES } from '../../strings/explanations';
import { formatCount, formatDecimal } from '../format';
import { WHAT_IF_LABEL } from './labels';

const ROWS: readonly { id: string; label: () => string; value: (b: ScoreBreakdown, w: WhatIf) => string }[] =
  [
    {
      id: 'takedownDay',
      label: () => t('debrief.takedownDay'),
      value: (b, w) =>
        w.takedownDay === null
          ? t('debrief.notApplicable')
          : b.figures.admissibility.admissible === false
            ? `${w.takedownDay} (${t('debrief.inadmissible')})`
            : String(w.takedownDay),
    },
    {
      id: 'handsets',
      label: () => t('debrief.handsets'),
      value: (b) => formatCount(b.figures.reach.handsets),
    },
    { id: 'arrests', label: () => t('debrief.arrests'), value: (b) => formatCount(b.figures.arrests.total) },
    {
      id: 'convictions',
      label: () => t('debrief.convictions'),
      value: (b) => formatDecimal(b.figures.expectedConvictions),
    },
    {
      id: 'dismantled',
      label: () => t('debrief.dismantled'),
      value: (b) => formatCount(b.figures.syndicatesDismantled),
    },
    {
      id: 'actedOn',
      label: () => t('debrief.threatsActedOn'),
      value: (b) => formatCount(b.figures.threats.actedOn),
    },
    {
      id: 'livesLost',
      label: () => t('debrief.livesLost'),
      value: (b) => formatCount(b.figures.threats.livesLost),
    },
    {
      id: 'leak',
      label: () => t('debrief.leak'),
      value: (b) =>
        b.figures.exposure.leakDay === null
          ? t('debrief.noLeak')
          : t('debrief.leakDay', { day: b.figures.exposure.leakDay }),
    },
    { id: 'score', label: () => t('debrief.score'), value: (b) => formatDecimal(b.score.total) },
  ];

/** The simulation's what-ifs side by side; a visible "computing" state until they arrive. */
export function WhatIfSection({ whatIfs }: { whatIfs: readonly WhatIf[] | null }) {
  return (
    <section class="debrief-section" aria-labelledby="debrief-whatif-heading" aria-busy={whatIfs === null}>
      <h3 id="debrief-whatif-heading">{t('debrief.whatIfHeading')}</h3>
      <p>{t('debrief.whatIfIntro')}</p>
      {whatIfs === null ? (
        <p class="debrief-computing" role="status">
          {t('debrief.whatIfComputing')}
        </p>
      ) : (
        <>
          <div class="debrief-scroll">
            <table class="table table--compact debrief-whatifs">
              <caption>{t('debrief.whatIfCaption')}</caption>
              <thead>
                <tr>
                  <td />
                  {whatIfs.map((w) => (
                    <th key={w.id} scope="col" class="num" data-whatif={w.id}>
                      {WHAT_IF_LABEL[w.id]()}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map((row) => (
                  <tr key={row.id} data-row={row.id}>
                    <th scope="row">{row.label()}</th>
                    {whatIfs.map((w) => (
                      <td key={w.id} class="num">
                        {w.breakdown ? row.value(w.breakdown, w) : t('debrief.whatIfUnavailable')}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl class="debrief-whatif-notes">
            {whatIfs.map((w) => (
              <div key={w.id}>
                <dt>{WHAT_IF_LABEL[w.id]()}</dt>
                <dd>
                  {WHAT_IF_EXPLANATIONS[w.id]}
                  {w.notes.map((note) => ` ${WHAT_IF_NOTES[note]}`).join('')}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
