import commonJson from '../../../assets/messages/common.json';
import meetingJson from '../../../assets/messages/meeting.json';
import moneyJson from '../../../assets/messages/money.json';
import noiseJson from '../../../assets/messages/noise.json';
import rumourJson from '../../../assets/messages/rumour.json';
import shipmentJson from '../../../assets/messages/shipment.json';
import threatJson from '../../../assets/messages/threat.json';
import weaponsJson from '../../../assets/messages/weapons.json';
import { z } from '../files/zod';
import type { MessageCategory } from '../intercepts/feed';
import { DRUG_KINDS, MONEY_CHANNELS, WEAPON_KINDS } from '../model/state';
import { type RuleEntry, ruleNames, slotNames } from '../text/grammar';

const text = z.string().min(1);
const ruleEntry = z.union([z.string(), z.strictObject({ text, gloss: text })]);
const ruleList = z.array(ruleEntry).min(1);
const ruleTable = z.record(z.string().regex(/^[A-Za-z]+$/, 'rule names are letters only'), ruleList);

const commonSchema = z.strictObject({
  $comment: z.string().optional(),
  rules: ruleTable,
  venues: z.array(text).min(1),
  times: z.array(text).min(1),
});

/** Facts every category can use: the recipient's first name and a city of the sender's country. */
const COMMON_SLOTS = ['to', 'city'];

interface CategorySpec {
  readonly slots: readonly string[];
  /** Slots every template must name, so the facts can be read back from any text. */
  readonly required: readonly string[];
  /** The event's kinds (drug, channel, weapon) whose words a template picks with #kind#. */
  readonly kinds?: readonly string[];
  readonly noteSlots?: readonly string[];
  readonly noteRequired?: readonly string[];
  /**
   * A plan's details (threats): every template names one of them, and the file's
   * blusterTemplates, anger with no plan, name none of them nor any place.
   */
  readonly plan?: readonly string[];
}

const SPECS: Record<MessageCategory, CategorySpec> = {
  shipment: { slots: ['kg', 'port', 'from', 'arrival'], required: ['kg', 'port'], kinds: DRUG_KINDS },
  money: { slots: ['amount', 'dest'], required: ['amount'], kinds: MONEY_CHANNELS },
  weapons: { slots: ['count'], required: ['count'], kinds: WEAPON_KINDS },
  threat: {
    slots: ['target', 'deadline', 'venue', 'weapon'],
    required: ['target'],
    noteSlots: ['targetName', 'targetAbout', 'deadlineDate'],
    noteRequired: ['targetName', 'deadlineDate'],
    plan: ['deadline', 'venue', 'weapon'],
  },
  meeting: { slots: ['venue', 'time'], required: [] },
  rumour: { slots: [], required: [] },
  noise: { slots: [], required: [] },
};

/** A place a bluster threat may not name either: the city is a place too. */
const PLACE_SLOTS = ['city'];

/** Every {slot} `text` can name, through the rules it uses as well (to the expander's depth and a little more). */
function reachableSlots(
  text: string,
  rules: Readonly<Record<string, readonly RuleEntry[]>>,
  depth = 0,
): Set<string> {
  const found = new Set(slotNames(text));
  if (depth > 8) return found;
  for (const name of ruleNames(text))
    for (const entry of rules[name] ?? [])
      for (const slot of reachableSlots(typeof entry === 'string' ? entry : entry.text, rules, depth + 1))
        found.add(slot);
  return found;
}

function categorySchema(spec: CategorySpec, commonRules: Readonly<Record<string, readonly RuleEntry[]>>) {
  return z
    .strictObject({
      $comment: z.string().optional(),
      templates: z.array(text).min(3),
      plainTemplates: z.array(text).min(1).optional(),
      /** Threats that are anger with no plan (see CategorySpec.plan). */
      blusterTemplates: z.array(text).min(3).optional(),
      /** The weapons a real threat's {weapon} names. */
      weapons: z.array(text).min(1).optional(),
      notes: z.array(text).min(1).optional(),
      rules: ruleTable,
      kinds: z.record(z.string(), ruleList).optional(),
    })
    .superRefine((file, ctx) => {
      const rules = new Set([...Object.keys(commonRules), ...Object.keys(file.rules), 'address']);
      if (spec.kinds) rules.add('kind');
      const slots = new Set([...COMMON_SLOTS, ...spec.slots]);
      const check = (
        value: string,
        path: (string | number)[],
        allowed: Set<string>,
        required: readonly string[],
      ) => {
        for (const name of ruleNames(value))
          if (!rules.has(name))
            ctx.addIssue({ code: 'custom', path, message: `uses unknown rule #${name}#` });
        const named = slotNames(value);
        for (const name of named)
          if (!allowed.has(name))
            ctx.addIssue({ code: 'custom', path, message: `uses unknown fact {${name}}` });
        for (const name of required)
          if (!named.includes(name))
            ctx.addIssue({ code: 'custom', path, message: `must name the fact {${name}}` });
      };
      for (const [i, t] of file.templates.entries()) check(t, ['templates', i], slots, spec.required);
      for (const [i, t] of (file.plainTemplates ?? []).entries())
        check(t, ['plainTemplates', i], slots, spec.required);
      for (const [i, t] of (file.blusterTemplates ?? []).entries())
        check(t, ['blusterTemplates', i], slots, spec.required);
      if (spec.plan) checkPlan(file, spec.plan, { ...commonRules, ...file.rules }, ctx);
      else
        for (const key of ['blusterTemplates', 'weapons'] as const)
          if (file[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is only for threats' });
      for (const [name, entries] of Object.entries(file.rules)) {
        for (const [i, e] of entries.entries())
          check(typeof e === 'string' ? e : e.text, ['rules', name, i], slots, []);
      }
      if (spec.noteSlots) {
        if (!file.notes) ctx.addIssue({ code: 'custom', path: ['notes'], message: 'is missing' });
        const noteSlots = new Set(spec.noteSlots);
        for (const [i, n] of (file.notes ?? []).entries())
          check(n, ['notes', i], noteSlots, spec.noteRequired ?? []);
      }
      const kinds = Object.keys(file.kinds ?? {});
      for (const kind of spec.kinds ?? [])
        if (!kinds.includes(kind))
          ctx.addIssue({ code: 'custom', path: ['kinds'], message: `needs words for ${kind}` });
    });
}

/** Real threats name a time, a place or a weapon; bluster names none of them and no place at all. */
function checkPlan(
  file: {
    templates: string[];
    blusterTemplates?: string[];
    weapons?: string[];
  },
  plan: readonly string[],
  rules: Readonly<Record<string, readonly RuleEntry[]>>,
  ctx: z.RefinementCtx,
): void {
  const details = plan.map((slot) => `{${slot}}`).join(', ');
  for (const [i, t] of file.templates.entries())
    if (!plan.some((slot) => slotNames(t).includes(slot)))
      ctx.addIssue({ code: 'custom', path: ['templates', i], message: `must name one of ${details}` });
  if (!file.blusterTemplates)
    ctx.addIssue({ code: 'custom', path: ['blusterTemplates'], message: 'is missing' });
  if (plan.includes('weapon') && !file.weapons)
    ctx.addIssue({ code: 'custom', path: ['weapons'], message: 'is missing' });
  for (const [i, t] of (file.blusterTemplates ?? []).entries()) {
    const named = reachableSlots(t, rules);
    for (const slot of [...plan, ...PLACE_SLOTS])
      if (named.has(slot))
        ctx.addIssue({
          code: 'custom',
          path: ['blusterTemplates', i],
          message: `is bluster and may not name {${slot}}`,
        });
  }
}

export type CommonTemplates = z.infer<typeof commonSchema>;
export type CategoryTemplates = z.infer<ReturnType<typeof categorySchema>>;

/** Validates the raw files; errors name the file and the path of the bad value. */
export function parseMessageTemplates(
  common: unknown,
  categories: Record<MessageCategory, unknown>,
): { common: CommonTemplates; categories: Record<MessageCategory, CategoryTemplates> } {
  const parsedCommon = parseOrThrow('common.json', commonSchema, common);
  const commonRules = parsedCommon.rules;
  const parsed = {} as Record<MessageCategory, CategoryTemplates>;
  for (const [category, spec] of Object.entries(SPECS) as [MessageCategory, CategorySpec][]) {
    parsed[category] = parseOrThrow(
      `${category}.json`,
      categorySchema(spec, commonRules),
      categories[category],
    );
  }
  return { common: parsedCommon, categories: parsed };
}

function parseOrThrow<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(the file)'}: ${i.message}`);
  throw new Error(`assets/messages/${file}: ${problems.join('; ')}`);
}

export const MESSAGE_TEMPLATES = parseMessageTemplates(commonJson, {
  shipment: shipmentJson,
  money: moneyJson,
  weapons: weaponsJson,
  threat: threatJson,
  meeting: meetingJson,
  rumour: rumourJson,
  noise: noiseJson,
});
