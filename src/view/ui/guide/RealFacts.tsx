import { ARTICLE, type FigureSource, PUBLIC_RECORD } from '../../../sim';
import { t } from '../../strings/en';
import { SourcesNote, sourceName } from '../debrief/Sources';
import { formatCount, formatDecimal, formatGBP } from '../format';
import { GuideSection } from './GuideSection';

interface Fact {
  id: string;
  label: () => string;
  value: () => string;
  /** The report it comes from, as the debrief names it. */
  source: FigureSource;
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
        source: 'article',
      },
      {
        id: 'syndicates',
        label: () => t('guide.facts.syndicates'),
        value: () => formatCount(world.syndicates),
        source: 'article',
      },
      {
        id: 'countries',
        label: () => t('guide.facts.countries'),
        value: () => moreThan(formatCount(world.countries)),
        source: 'article',
      },
      {
        id: 'arrests',
        label: () => t('guide.facts.arrests'),
        value: () => moreThan(formatCount(world.arrests)),
        source: 'article',
      },
      {
        id: 'cocaine',
        label: () => t('guide.facts.cocaine'),
        value: () => tonnes(world.cocaineKg),
        source: 'article',
      },
      {
        id: 'guns',
        label: () => t('guide.facts.guns'),
        value: () => formatCount(world.guns),
        source: 'article',
      },
      {
        id: 'cash',
        label: () => t('guide.facts.cash'),
        value: () => moreThan(formatGBP(world.cashGBP)),
        source: 'article',
      },
      {
        id: 'officers',
        label: () => t('guide.facts.officers'),
        value: () => about(formatCount(world.officers)),
        source: 'article',
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
        source: 'article',
      },
      {
        id: 'drugs',
        label: () => t('guide.facts.drugs'),
        value: () => tonnes(australia.drugsKg),
        source: 'article',
      },
      {
        id: 'cash',
        label: () => t('guide.facts.cashAssets'),
        value: () => formatGBP(australia.cashGBP),
        source: 'article',
      },
      {
        id: 'threats',
        label: () => t('guide.facts.threatsActedOn'),
        value: () => formatCount(australia.threatsActedOn),
        source: 'article',
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
        source: 'article',
      },
      {
        id: 'assets',
        label: () => t('guide.facts.assets'),
        value: () => about(formatGBP(newZealand.assetsGBP)),
        source: 'article',
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
        source: 'public-record',
      },
      {
        id: 'days',
        label: () => t('guide.facts.days'),
        value: () => t('guide.facts.daysValue', { n: formatCount(PUBLIC_RECORD.days) }),
        source: 'public-record',
      },
      {
        id: 'active',
        label: () => t('guide.facts.activeAtShutdown'),
        value: () => moreThan(formatCount(PUBLIC_RECORD.activeAtShutdown)),
        source: 'public-record',
      },
      {
        id: 'threats',
        label: () => t('guide.facts.threatsToLife'),
        value: () => moreThan(formatCount(PUBLIC_RECORD.threatsToLife)),
        source: 'public-record',
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
