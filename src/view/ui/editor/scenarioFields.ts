import { ROLES } from '../../../sim';
import { t } from '../../strings/en';
import { roleLabel } from '../labels';

/**
 * How a value is edited: a number (whole or not, by the schema), a share from 0 to 1 typed as a
 * percentage, text, the id, a date, the play mode, or one of the compound values.
 */
export type FieldKind =
  | 'number'
  | 'share'
  | 'text'
  | 'longText'
  | 'id'
  | 'date'
  | 'shocks'
  | 'categories'
  | 'seed'
  | 'playMode';

export interface FieldSpec {
  /** Dotted path in the scenario ("network.people"); bounds come from the schema at this path. */
  readonly path: string;
  readonly kind: FieldKind;
  label(): string;
  /** Its own explanation; the deep model constants share their group's instead. */
  help?(): string;
}

export interface FieldGroup {
  readonly id: string;
  title(): string;
  intro(): string;
  readonly fields: readonly FieldSpec[];
  /** Shown inside "Advanced model parameters", closed at first. */
  readonly advanced?: boolean;
}

const perRole = (path: string, kind: FieldKind, label: (role: string) => string): FieldSpec[] =>
  ROLES.map((role) => ({ path: `${path}.${role}`, kind, label: () => label(roleLabel(role)) }));

/** Every parameter a scenario has, in the groups the editor shows them in. */
export const FIELD_GROUPS: readonly FieldGroup[] = [
  {
    id: 'about',
    title: () => t('editor.group.about'),
    intro: () => t('editor.group.about.intro'),
    fields: [
      { path: 'name', kind: 'text', label: () => t('editor.f.name'), help: () => t('editor.h.name') },
      { path: 'id', kind: 'id', label: () => t('editor.f.id'), help: () => t('editor.h.id') },
      {
        path: 'summary',
        kind: 'longText',
        label: () => t('editor.f.summary'),
        help: () => t('editor.h.summary'),
      },
    ],
  },
  {
    id: 'network',
    title: () => t('editor.group.network'),
    intro: () => t('editor.group.network.intro'),
    fields: [
      {
        path: 'network.people',
        kind: 'number',
        label: () => t('editor.f.network.people'),
        help: () => t('editor.h.network.people'),
      },
      {
        path: 'network.syndicates',
        kind: 'number',
        label: () => t('editor.f.network.syndicates'),
        help: () => t('editor.h.network.syndicates'),
      },
      {
        path: 'network.countries',
        kind: 'number',
        label: () => t('editor.f.network.countries'),
        help: () => t('editor.h.network.countries'),
      },
    ],
  },
  {
    id: 'informant',
    title: () => t('editor.group.informant'),
    intro: () => t('editor.group.informant.intro'),
    fields: [
      {
        path: 'spread.firstContacts',
        kind: 'number',
        label: () => t('editor.f.spread.firstContacts'),
        help: () => t('editor.h.spread.firstContacts'),
      },
      {
        path: 'spread.supplyPerMonth',
        kind: 'number',
        label: () => t('editor.f.spread.supplyPerMonth'),
        help: () => t('editor.h.spread.supplyPerMonth'),
      },
    ],
  },
  {
    id: 'team',
    title: () => t('editor.group.team'),
    intro: () => t('editor.group.team.intro'),
    fields: [
      {
        path: 'activity.analystCapacity',
        kind: 'number',
        label: () => t('editor.f.activity.analystCapacity'),
        help: () => t('editor.h.activity.analystCapacity'),
      },
      {
        path: 'activity.readingHoursPerDay',
        kind: 'number',
        label: () => t('editor.f.activity.readingHoursPerDay'),
        help: () => t('editor.h.activity.readingHoursPerDay'),
      },
      {
        path: 'takedown.officers',
        kind: 'number',
        label: () => t('editor.f.takedown.officers'),
        help: () => t('editor.h.takedown.officers'),
      },
    ],
  },
  {
    id: 'difficulty',
    title: () => t('editor.group.difficulty'),
    intro: () => t('editor.group.difficulty.intro'),
    fields: [
      {
        path: 'risk.leakBase',
        kind: 'number',
        label: () => t('editor.f.risk.leakBase'),
        help: () => t('editor.h.risk.leakBase'),
      },
      {
        path: 'risk.leakPerHeat',
        kind: 'number',
        label: () => t('editor.f.risk.leakPerHeat'),
        help: () => t('editor.h.risk.leakPerHeat'),
      },
      {
        path: 'risk.openHeat',
        kind: 'number',
        label: () => t('editor.f.risk.openHeat'),
        help: () => t('editor.h.risk.openHeat'),
      },
      {
        path: 'risk.heatHalfLifeDays',
        kind: 'number',
        label: () => t('editor.f.risk.heatHalfLifeDays'),
        help: () => t('editor.h.risk.heatHalfLifeDays'),
      },
    ],
  },
  {
    id: 'time',
    title: () => t('editor.group.time'),
    intro: () => t('editor.group.time.intro'),
    fields: [
      {
        path: 'startDate',
        kind: 'date',
        label: () => t('editor.f.startDate'),
        help: () => t('editor.h.startDate'),
      },
      {
        path: 'days.max',
        kind: 'number',
        label: () => t('editor.f.days.max'),
        help: () => t('editor.h.days.max'),
      },
      {
        path: 'days.authorisationEnd',
        kind: 'number',
        label: () => t('editor.f.days.authorisationEnd'),
        help: () => t('editor.h.days.authorisationEnd'),
      },
      {
        path: 'play.minutes',
        kind: 'number',
        label: () => t('editor.f.play.minutes'),
        help: () => t('editor.h.play.minutes'),
      },
      {
        path: 'play.mode',
        kind: 'playMode',
        label: () => t('editor.f.play.mode'),
        help: () => t('editor.h.play.mode'),
      },
    ],
  },
  {
    id: 'messages',
    title: () => t('editor.group.messages'),
    intro: () => t('editor.group.messages.intro'),
    fields: [
      {
        path: 'messages.categories',
        kind: 'categories',
        label: () => t('editor.f.messages.categories'),
        help: () => t('editor.h.messages.categories'),
      },
    ],
  },
  {
    id: 'seed',
    title: () => t('editor.group.seed'),
    intro: () => t('editor.group.seed.intro'),
    fields: [{ path: 'seed', kind: 'seed', label: () => t('editor.f.seed'), help: () => t('editor.h.seed') }],
  },
  {
    id: 'shocks',
    title: () => t('editor.group.shocks'),
    intro: () => t('editor.group.shocks.intro'),
    fields: [
      {
        path: 'spread.shocks',
        kind: 'shocks',
        label: () => t('editor.f.spread.shocks'),
        help: () => t('editor.h.spread.shocks'),
      },
    ],
  },
  {
    id: 'adv-network',
    advanced: true,
    title: () => t('editor.group.advNetwork'),
    intro: () => t('editor.group.advNetwork.intro'),
    fields: [
      { path: 'scale', kind: 'share', label: () => t('editor.f.scale'), help: () => t('editor.h.scale') },
      { path: 'network.countryZipf', kind: 'number', label: () => t('editor.f.network.countryZipf') },
      {
        path: 'network.syndicateSize.min',
        kind: 'number',
        label: () => t('editor.f.network.syndicateSize.min'),
      },
      {
        path: 'network.syndicateSize.max',
        kind: 'number',
        label: () => t('editor.f.network.syndicateSize.max'),
      },
      {
        path: 'network.syndicateSize.exponent',
        kind: 'number',
        label: () => t('editor.f.network.syndicateSize.exponent'),
      },
      { path: 'network.cellSize.min', kind: 'number', label: () => t('editor.f.network.cellSize.min') },
      { path: 'network.cellSize.max', kind: 'number', label: () => t('editor.f.network.cellSize.max') },
      {
        path: 'network.membersPerLieutenant',
        kind: 'number',
        label: () => t('editor.f.network.membersPerLieutenant'),
      },
      { path: 'network.coreTieChance', kind: 'share', label: () => t('editor.f.network.coreTieChance') },
      { path: 'network.cellTieChance', kind: 'share', label: () => t('editor.f.network.cellTieChance') },
      {
        path: 'network.roleShares.broker',
        kind: 'share',
        label: () => t('editor.f.network.roleShares.broker'),
      },
      {
        path: 'network.roleShares.launderer',
        kind: 'share',
        label: () => t('editor.f.network.roleShares.launderer'),
      },
      {
        path: 'network.roleShares.enforcer',
        kind: 'share',
        label: () => t('editor.f.network.roleShares.enforcer'),
      },
      {
        path: 'network.roleShares.courier',
        kind: 'share',
        label: () => t('editor.f.network.roleShares.courier'),
      },
      { path: 'network.brokerTies.min', kind: 'number', label: () => t('editor.f.network.brokerTies.min') },
      { path: 'network.brokerTies.max', kind: 'number', label: () => t('editor.f.network.brokerTies.max') },
      {
        path: 'network.laundererTies.min',
        kind: 'number',
        label: () => t('editor.f.network.laundererTies.min'),
      },
      {
        path: 'network.laundererTies.max',
        kind: 'number',
        label: () => t('editor.f.network.laundererTies.max'),
      },
      {
        path: 'network.sameCountryShare',
        kind: 'share',
        label: () => t('editor.f.network.sameCountryShare'),
      },
      { path: 'network.sameRegionShare', kind: 'share', label: () => t('editor.f.network.sameRegionShare') },
      { path: 'network.closedShare', kind: 'share', label: () => t('editor.f.network.closedShare') },
      { path: 'network.trustedBridges', kind: 'number', label: () => t('editor.f.network.trustedBridges') },
      {
        path: 'network.policeContactShare',
        kind: 'share',
        label: () => t('editor.f.network.policeContactShare'),
      },
      { path: 'network.trust.cell', kind: 'share', label: () => t('editor.f.network.trust.cell') },
      { path: 'network.trust.syndicate', kind: 'share', label: () => t('editor.f.network.trust.syndicate') },
      { path: 'network.trust.cross', kind: 'share', label: () => t('editor.f.network.trust.cross') },
    ],
  },
  {
    id: 'adv-spread',
    advanced: true,
    title: () => t('editor.group.advSpread'),
    intro: () => t('editor.group.advSpread.intro'),
    fields: [
      { path: 'spread.beta', kind: 'number', label: () => t('editor.f.spread.beta') },
      { path: 'spread.gamma', kind: 'number', label: () => t('editor.f.spread.gamma') },
      ...perRole('spread.susceptibility', 'share', (role) => t('editor.f.spread.susceptibility', { role })),
      { path: 'spread.dropOutPerHeat', kind: 'number', label: () => t('editor.f.spread.dropOutPerHeat') },
    ],
  },
  {
    id: 'adv-activity',
    advanced: true,
    title: () => t('editor.group.advActivity'),
    intro: () => t('editor.group.advActivity.intro'),
    fields: [
      {
        path: 'activity.messagesPerDeviceDay',
        kind: 'number',
        label: () => t('editor.f.activity.messagesPerDeviceDay'),
      },
      ...perRole('activity.incriminatingShare', 'share', (role) =>
        t('editor.f.activity.incriminatingShare', { role }),
      ),
      ...perRole('activity.plainSpeech', 'share', (role) => t('editor.f.activity.plainSpeech', { role })),
      {
        path: 'activity.focusedPlainSpeech',
        kind: 'share',
        label: () => t('editor.f.activity.focusedPlainSpeech'),
      },
      {
        path: 'activity.shipmentsPerDeviceDay',
        kind: 'number',
        label: () => t('editor.f.activity.shipmentsPerDeviceDay'),
      },
      {
        path: 'activity.shipmentKgMedian',
        kind: 'number',
        label: () => t('editor.f.activity.shipmentKgMedian'),
      },
      { path: 'activity.cocaineShare', kind: 'share', label: () => t('editor.f.activity.cocaineShare') },
      {
        path: 'activity.launderingPerDeviceDay',
        kind: 'number',
        label: () => t('editor.f.activity.launderingPerDeviceDay'),
      },
      { path: 'activity.cashGBPMedian', kind: 'number', label: () => t('editor.f.activity.cashGBPMedian') },
      {
        path: 'activity.weaponsPerDeviceDay',
        kind: 'number',
        label: () => t('editor.f.activity.weaponsPerDeviceDay'),
      },
      { path: 'activity.gunsPerDeal', kind: 'number', label: () => t('editor.f.activity.gunsPerDeal') },
      {
        path: 'activity.threatsPerDeviceDay',
        kind: 'number',
        label: () => t('editor.f.activity.threatsPerDeviceDay'),
      },
      {
        path: 'activity.stashHalfLifeDays',
        kind: 'number',
        label: () => t('editor.f.activity.stashHalfLifeDays'),
      },
    ],
  },
  {
    id: 'adv-risk',
    advanced: true,
    title: () => t('editor.group.advRisk'),
    intro: () => t('editor.group.advRisk.intro'),
    fields: [
      { path: 'risk.covertHeat', kind: 'number', label: () => t('editor.f.risk.covertHeat') },
      { path: 'risk.raidHeat', kind: 'number', label: () => t('editor.f.risk.raidHeat') },
      { path: 'risk.leakPer12kHandsets', kind: 'number', label: () => t('editor.f.risk.leakPer12kHandsets') },
      { path: 'risk.rumourPerTieDay', kind: 'share', label: () => t('editor.f.risk.rumourPerTieDay') },
      { path: 'risk.darkAfterDays', kind: 'number', label: () => t('editor.f.risk.darkAfterDays') },
      { path: 'risk.covertSuccess', kind: 'share', label: () => t('editor.f.risk.covertSuccess') },
      {
        path: 'risk.unprotectedDeathChance',
        kind: 'share',
        label: () => t('editor.f.risk.unprotectedDeathChance'),
      },
      { path: 'risk.realThreatShare', kind: 'share', label: () => t('editor.f.risk.realThreatShare') },
      { path: 'risk.leakFromAge', kind: 'number', label: () => t('editor.f.risk.leakFromAge') },
      {
        path: 'risk.policeContactHazard',
        kind: 'number',
        label: () => t('editor.f.risk.policeContactHazard'),
      },
      { path: 'risk.warningDays.min', kind: 'number', label: () => t('editor.f.risk.warningDays.min') },
      { path: 'risk.warningDays.max', kind: 'number', label: () => t('editor.f.risk.warningDays.max') },
    ],
  },
  {
    id: 'adv-takedown',
    advanced: true,
    title: () => t('editor.group.advTakedown'),
    intro: () => t('editor.group.advTakedown.intro'),
    fields: [
      { path: 'takedown.evidenceScale', kind: 'number', label: () => t('editor.f.takedown.evidenceScale') },
      {
        path: 'takedown.officersPerArrest',
        kind: 'number',
        label: () => t('editor.f.takedown.officersPerArrest'),
      },
      { path: 'takedown.seizureShare', kind: 'share', label: () => t('editor.f.takedown.seizureShare') },
      {
        path: 'takedown.afterLeakRetention',
        kind: 'share',
        label: () => t('editor.f.takedown.afterLeakRetention'),
      },
      { path: 'takedown.partnerWarning', kind: 'share', label: () => t('editor.f.takedown.partnerWarning') },
      ...perRole('takedown.roleValue', 'number', (role) => t('editor.f.takedown.roleValue', { role })),
    ],
  },
];

export const ALL_FIELDS: readonly FieldSpec[] = FIELD_GROUPS.flatMap((group) => group.fields);

/** The DOM id of a field's input, for labels, error links and focus. */
export function fieldId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}

/**
 * The field a validation problem belongs to: the field at its path, the list it is inside
 * ("spread.shocks.0.day"), or the first field of the object it is about ("network.roleShares").
 */
export function fieldForIssue(path: string): FieldSpec | null {
  return (
    ALL_FIELDS.find((f) => f.path === path || path.startsWith(`${f.path}.`)) ??
    ALL_FIELDS.find((f) => f.path.startsWith(`${path}.`)) ??
    null
  );
}
