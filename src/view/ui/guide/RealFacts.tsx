import { ARTICLE, ARTICLE_SOURCE, PUBLIC_RECORD, PUBLIC_RECORD_SOURCE } from '../../../sim';
import { t } from '../../strings/en';
import { SourcesNote, sourceName } from '../debrief/Sources';
import { formatCount, formatDecimal, formatGBP } from '../format';
import { GuideSection } from './GuideSection';

interface Fact {
  id: string;
  label: () => string;
  value: () => string;
  /** The scoring module's name for the report, as the debrief names it. */
  source: string;
}

const about = (n: string) => t('guide.facts.about', { n });
const moreThan = (n: string) => t('guide.facts.moreThan', { n });
const tonnes = (kg: number) => t('guide.facts.tonnes', { n: formatDecimal(kg / 1000) });

const { world, australia, newZealand } = ARTICLE;

/** The figures the debrief measures runs against, in groups as the reports gave them. */
const groups: ReadonlyArray<{ id: string; name: () => string; facts: readonly Fact[] }> = [
  {
    id: 'world',
    name: () => t('guide.facts.world'),
    facts: [
      {
        id: 'handsets',
        label: () => t('guide.facts.handsets'),
        value: () => about(formatCount(world.handsets)),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'syndicates',
        label: () => t('guide.facts.syndicates'),
        value: () => formatCount(world.syndicates),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'countries',
        label: () => t('guide.facts.countries'),
        value: () => moreThan(formatCount(world.countries)),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'arrests',
        label: () => t('guide.facts.arrests'),
        value: () => moreThan(formatCount(world.arrests)),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'cocaine',
        label: () => t('guide.facts.cocaine'),
        value: () => tonnes(world.cocaineKg),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'guns',
        label: () => t('guide.facts.guns'),
        value: () => formatCount(world.guns),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'cash',
        label: () => t('guide.facts.cash'),
        value: () => moreThan(formatGBP(world.cashGBP)),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'officers',
        label: () => t('guide.facts.officers'),
        value: () => about(formatCount(world.officers)),
        source: ARTICLE_SOURCE,
      },
    ],
  },
  {
    id: 'australia',
    name: () => t('guide.facts.australia'),
    facts: [
      {
        id: 'arrests',
        label: () => t('guide.facts.arrests'),
        value: () => formatCount(australia.arrests),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'drugs',
        label: () => t('guide.facts.drugs'),
        value: () => tonnes(australia.drugsKg),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'cash',
        label: () => t('guide.facts.cashAssets'),
        value: () => formatGBP(australia.cashGBP),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'threats',
        label: () => t('guide.facts.threatsActedOn'),
        value: () => formatCount(australia.threatsActedOn),
        source: ARTICLE_SOURCE,
      },
    ],
  },
  {
    id: 'new-zealand',
    name: () => t('guide.facts.newZealand'),
    facts: [
      {
        id: 'arrests',
        label: () => t('guide.facts.arrests'),
        value: () => formatCount(newZealand.arrests),
        source: ARTICLE_SOURCE,
      },
      {
        id: 'assets',
        label: () => t('guide.facts.assets'),
        value: () => about(formatGBP(newZealand.assetsGBP)),
        source: ARTICLE_SOURCE,
      },
    ],
  },
  {
    id: 'whole',
    name: () => t('guide.facts.whole'),
    facts: [
      {
        id: 'messages',
        label: () => t('guide.facts.messages'),
        value: () => about(formatCount(PUBLIC_RECORD.messages)),
        source: PUBLIC_RECORD_SOURCE,
      },
      {
        id: 'days',
        label: () => t('guide.facts.days'),
        value: () => t('guide.facts.daysValue', { n: formatCount(PUBLIC_RECORD.days) }),
        source: PUBLIC_RECORD_SOURCE,
      },
      {
        id: 'active',
        label: () => t('guide.facts.activeAtShutdown'),
        value: () => moreThan(formatCount(PUBLIC_RECORD.activeAtShutdown)),
        source: PUBLIC_RECORD_SOURCE,
      },
      {
        id: 'threats',
        label: () => t('guide.facts.threatsToLife'),
        value: () => moreThan(formatCount(PUBLIC_RECORD.threatsToLife)),
        source: PUBLIC_RECORD_SOURCE,
      },
    ],
  },
];

/** The real operation's figures, each with the report it comes from. */
export function RealFacts() {
  return (
    <GuideSection id="facts" heading={t('guide.factsHeading')}>
      <p>{t('guide.factsIntro')}</p>
      <table class="table guide-facts">
        <caption>{t('guide.factsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guide.facts.figure')}</th>
            <th scope="col" class="num">
              {t('guide.facts.value')}
            </th>
            <th scope="col">{t('debrief.source')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.id} data-group={group.id}>
            <tr class="guide-facts__group">
              <th scope="rowgroup" colSpan={3}>
                {group.name()}
              </th>
            </tr>
            {group.facts.map((fact) => (
              <tr key={fact.id} data-fact={`${group.id}.${fact.id}`}>
                <th scope="row">{fact.label()}</th>
                <td class="num">{fact.value()}</td>
                <td>{sourceName(fact.source)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <SourcesNote />
    </GuideSection>
  );
}
