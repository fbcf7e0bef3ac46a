import type { TakedownPlan } from '../../../store/selectors/takedownPlan';
import { t } from '../../strings/en';
import { formatCount, formatShare } from '../format';

/**
 * What the chosen countries and officers come to, before anything is launched: officers brought,
 * teams beside the people worth arresting, and the chance of a warning. Announced politely as it
 * changes, so a player moving through the country list hears the figures follow.
 */
export function PlanFigures({
  plan,
  perTeam,
  countries,
}: {
  plan: TakedownPlan;
  perTeam: number;
  countries: number;
}) {
  const rows = [
    { id: 'brought', label: t('takedown.figures.brought'), value: formatCount(plan.officersBrought) },
    {
      id: 'teams',
      label: t('takedown.figures.teams', { perTeam: formatCount(perTeam) }),
      value: formatCount(plan.teams),
    },
    { id: 'candidates', label: t('takedown.figures.candidates'), value: formatCount(plan.candidates) },
    { id: 'warning', label: t('takedown.figures.warning'), value: formatShare(plan.warningChance) },
  ];
  return (
    <section class="plan-figures" aria-labelledby="plan-figures-heading" aria-live="polite">
      <h3 id="plan-figures-heading" class="visually-hidden">
        {t('takedown.figures')}
      </h3>
      <dl class="plan-figures__list">
        {rows.map((row) => (
          <div key={row.id} class="plan-figures__item" data-figure={row.id}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {plan.candidates > 0 && (
        <p>
          {plan.teams < plan.candidates
            ? t('takedown.stretch.short', {
                teams: formatCount(plan.teams),
                candidates: formatCount(plan.candidates),
              })
            : t('takedown.stretch.enough')}
        </p>
      )}
      {countries > 0 && (
        <p class="hint">{countries > 1 ? t('takedown.warning.partners') : t('takedown.warning.alone')}</p>
      )}
    </section>
  );
}
