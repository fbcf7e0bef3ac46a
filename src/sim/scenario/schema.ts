import { z } from '../files/zod';
import { MESSAGE_CATEGORIES } from '../intercepts/feed';
import { ROLES } from '../model/roles';
import { MAX_SEED } from '../random/seed';

export const CURRENT_SCENARIO_VERSION = 5;

/** How the browser's days pass: by the clock at a chosen speed, or a turn at a time at the player's word. */
export const PLAY_MODES = ['clock', 'turns'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

const share = z.number().min(0).max(1);
const positive = z.number().positive();
const nonNegative = z.number().min(0);
const roleNumbers = (value: z.ZodNumber) =>
  z.strictObject(
    Object.fromEntries(ROLES.map((role) => [role, value])) as Record<(typeof ROLES)[number], z.ZodNumber>,
  );
const intRange = (min: number, max: number) => z.number().int().min(min).max(max);
const minNotAboveMax = { message: 'must not be larger than max', path: ['min'] };
const span = (min: number, max: number) =>
  z
    .strictObject({ min: intRange(min, max), max: intRange(min, max) })
    .refine((r) => r.min <= r.max, minNotAboveMax);

const shockSchema = z.strictObject({
  day: intRange(0, 2000),
  factor: z.number().min(0.1).max(10),
  days: intRange(1, 365),
  label: z.string().min(1).max(80),
});

export const scenarioSchema = z
  .strictObject({
    version: z.literal(CURRENT_SCENARIO_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lowercase letters, digits or dashes'),
    name: z.string().min(1).max(80),
    summary: z.string().max(600),
    scale: z.number().min(0.01).max(1),
    startDate: z.iso.date('must be a date written YYYY-MM-DD'),
    days: z.strictObject({ max: intRange(30, 1500), authorisationEnd: intRange(1, 1500) }),
    /**
     * Minutes of clock at 1× speed for the whole run (days.max); the browser's clock keeps this pace.
     * `mode` is how a game starts: on the clock, or in turns (the player moves the days on).
     */
    play: z.strictObject({ minutes: intRange(5, 120), mode: z.enum(PLAY_MODES) }),
    /** The kinds of intercept the inbox shows; the model runs the same whichever are shown. */
    messages: z.strictObject({
      categories: z
        .array(z.enum(MESSAGE_CATEGORIES))
        .min(1)
        .max(MESSAGE_CATEGORIES.length)
        .refine((list) => new Set(list).size === list.length, 'must not name a kind of message twice'),
    }),
    /** A fixed seed gives the whole class the same network; null gives each new game its own. */
    seed: intRange(0, MAX_SEED).nullable(),
    network: z.strictObject({
      people: intRange(100, 40000),
      syndicates: intRange(2, 1000),
      countries: intRange(1, 130),
      countryZipf: z.number().min(0).max(3),
      syndicateSize: z
        .strictObject({
          min: intRange(5, 5000),
          max: intRange(5, 5000),
          exponent: z.number().min(1.05).max(4),
        })
        .refine((r) => r.min <= r.max, minNotAboveMax),
      cellSize: span(2, 40),
      membersPerLieutenant: intRange(5, 200),
      coreTieChance: share,
      cellTieChance: share,
      roleShares: z.strictObject({ broker: share, launderer: share, enforcer: share, courier: share }),
      brokerTies: span(0, 30),
      laundererTies: span(0, 30),
      sameCountryShare: share,
      sameRegionShare: share,
      closedShare: share,
      /** People in open syndicates with a tie into each closed syndicate's core: its only way in. */
      trustedBridges: intRange(0, 10),
      /** Share of syndicates with a corrupt police contact, who raises the leak hazard once they are on the platform. */
      policeContactShare: share,
      trust: z.strictObject({ cell: share, syndicate: share, cross: share }),
    }),
    spread: z.strictObject({
      beta: z.number().min(0).max(1),
      gamma: z.number().min(0).max(20),
      susceptibility: roleNumbers(share),
      firstContacts: intRange(1, 10),
      supplyPerMonth: intRange(0, 100),
      shocks: z.array(shockSchema).max(10),
      dropOutPerHeat: z.number().min(0).max(0.1),
    }),
    activity: z.strictObject({
      messagesPerDeviceDay: z.number().min(0).max(200),
      incriminatingShare: roleNumbers(share),
      analystCapacity: intRange(0, 10_000_000),
      /**
       * Share of each role's incriminating talk that analysts can use without a person decoding it:
       * bosses and lieutenants talk in code, so proof against them needs a message read and tagged.
       */
      plainSpeech: roleNumbers(share),
      /** The same share for bosses and lieutenants of syndicates the analysts are focused on. */
      focusedPlainSpeech: share,
      /** Hours of the task force's own reading a day (a message takes READ_HOURS); unspent hours keep a while. */
      readingHoursPerDay: z.number().min(0).max(24),
      shipmentsPerDeviceDay: z.number().min(0).max(0.1),
      shipmentKgMedian: positive,
      cocaineShare: share,
      launderingPerDeviceDay: z.number().min(0).max(0.1),
      cashGBPMedian: positive,
      weaponsPerDeviceDay: z.number().min(0).max(0.1),
      gunsPerDeal: intRange(1, 100),
      threatsPerDeviceDay: z.number().min(0).max(0.01),
      stashHalfLifeDays: intRange(1, 2000),
    }),
    risk: z.strictObject({
      openHeat: nonNegative,
      covertHeat: nonNegative,
      raidHeat: nonNegative,
      heatHalfLifeDays: intRange(1, 1000),
      leakBase: z.number().min(0).max(0.1),
      /** Added to the daily leak hazard by the platform's age, with its square, in full at the authorisation's end. */
      leakFromAge: z.number().min(0).max(0.1),
      leakPer12kHandsets: z.number().min(0).max(0.1),
      leakPerHeat: z.number().min(0).max(0.1),
      /** Added to the daily leak hazard once every syndicate with a police contact holds handsets (in proportion before). */
      policeContactHazard: z.number().min(0).max(0.1),
      /** Days from the first rumour that the phone is police to the leak itself. */
      warningDays: span(0, 120),
      rumourPerTieDay: share,
      darkAfterDays: intRange(0, 60),
      covertSuccess: share,
      unprotectedDeathChance: share,
      /** Share of threats to kill that are real (a time, a place or a weapon); the rest are bluster. */
      realThreatShare: share,
    }),
    takedown: z.strictObject({
      evidenceScale: positive,
      officers: intRange(0, 100000),
      officersPerArrest: intRange(1, 1000),
      seizureShare: share,
      afterLeakRetention: share,
      /** Chance, for each partner country beyond the first, that someone warns the targets before the day. */
      partnerWarning: share,
      roleValue: roleNumbers(nonNegative),
    }),
  })
  .superRefine((s, ctx) => {
    if (s.days.authorisationEnd > s.days.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['days', 'authorisationEnd'],
        message: `must not be after the last day (${s.days.max})`,
      });
    }
    if (s.network.people < s.network.syndicates * s.network.syndicateSize.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['network', 'people'],
        message: `is too small for ${s.network.syndicates} syndicates of at least ${s.network.syndicateSize.min} people`,
      });
    }
    const { broker, launderer, enforcer, courier } = s.network.roleShares;
    if (broker + launderer + enforcer + courier > 0.9) {
      ctx.addIssue({
        code: 'custom',
        path: ['network', 'roleShares'],
        message:
          'brokers, launderers, enforcers and couriers together must leave room for soldiers (at most 0.9)',
      });
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
