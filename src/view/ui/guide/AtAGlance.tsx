import { t } from '../../strings/en';
import { GuideSection } from './GuideSection';

const facts: ReadonlyArray<{ term: () => string; value: () => string }> = [
  { term: () => t('guide.glance.age'), value: () => t('guide.glance.ageValue') },
  { term: () => t('guide.glance.time'), value: () => t('guide.glance.timeValue') },
  { term: () => t('guide.glance.grouping'), value: () => t('guide.glance.groupingValue') },
  { term: () => t('guide.glance.needs'), value: () => t('guide.glance.needsValue') },
];

/** Age, time, grouping and equipment: what a teacher checks first. */
export function AtAGlance() {
  return (
    <GuideSection id="glance" heading={t('guide.glanceHeading')}>
      <dl class="guide-glance">
        {facts.map(({ term, value }) => (
          <div key={term()} class="guide-glance__row">
            <dt>{term()}</dt>
            <dd>{value()}</dd>
          </div>
        ))}
      </dl>
    </GuideSection>
  );
}
