import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/sim/data/countries';
import { LANGUAGES, PLACES } from '../../src/sim/data/languages';
import { parseMessageTemplates } from '../../src/sim/data/messageTemplates';
import { NAME_LISTS } from '../../src/sim/data/names';
import { MESSAGE_CATEGORIES } from '../../src/sim/intercepts/feed';

const read = (file: string) => JSON.parse(readFileSync(`assets/messages/${file}`, 'utf8'));
const files = () => ({
  common: read('common.json'),
  categories: Object.fromEntries(MESSAGE_CATEGORIES.map((c) => [c, read(`${c}.json`)])) as Record<
    (typeof MESSAGE_CATEGORIES)[number],
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks template files on purpose
    any
  >,
});

describe('assets/messages', () => {
  it('has a language and forms of address for every name group', () => {
    for (const code of Object.keys(NAME_LISTS.groups)) expect(LANGUAGES.groups[code], code).toBeDefined();
    const iso = new Set(COUNTRIES.map((c) => c.iso2));
    for (const code of Object.keys(LANGUAGES.countries)) expect(iso.has(code), code).toBe(true);
  });

  it('has ports or cities for every country', () => {
    for (const c of COUNTRIES) expect(PLACES[c.iso2]?.length ?? 0, c.name).toBeGreaterThan(0);
  });

  it('parses the shipped templates', () => {
    const { common, categories } = files();
    expect(() => parseMessageTemplates(common, categories)).not.toThrow();
  });

  it('rejects a template that hides a fact, or uses an unknown rule or fact, naming the path', () => {
    const { common, categories } = files();
    categories.shipment.templates[0] = 'the boat comes in soon #nonsense#';
    categories.money.templates[1] = '{amount} to {planet}';
    expect(() => parseMessageTemplates(common, categories)).toThrow(
      /shipment\.json: templates\.0: uses unknown rule #nonsense#; templates\.0: must name the fact \{kg\}/,
    );
    const again = files();
    again.categories.money.templates[1] = '{amount} to {planet}';
    expect(() => parseMessageTemplates(again.common, again.categories)).toThrow(
      /money\.json: templates\.1: uses unknown fact \{planet\}/,
    );
  });

  it('keeps real threats and bluster apart: a time, a place or a weapon in one, none of them in the other', () => {
    const { common, categories } = files();
    categories.threat.templates[0] = '{target} will regret this';
    categories.threat.blusterTemplates[1] = '{target} is finished before {deadline}';
    categories.threat.blusterTemplates[2] = '{target} is finished. #when#';
    categories.threat.rules.when = ['soon', 'at the {venue}'];
    expect(() => parseMessageTemplates(common, categories)).toThrow(
      /threat\.json: templates\.0: must name one of \{deadline\}, \{venue\}, \{weapon\}; blusterTemplates\.1: is bluster and may not name \{deadline\}; blusterTemplates\.2: is bluster and may not name \{venue\}/,
    );
    const again = files();
    again.categories.meeting.weapons = ['a stick'];
    expect(() => parseMessageTemplates(again.common, again.categories)).toThrow(
      /meeting\.json: weapons: is only for threats/,
    );
    const third = files();
    delete third.categories.threat.blusterTemplates;
    expect(() => parseMessageTemplates(third.common, third.categories)).toThrow(
      /threat\.json: blusterTemplates: is missing/,
    );
  });

  it('needs words for every kind of drug, weapon and money channel', () => {
    const { common, categories } = files();
    delete categories.weapons.kinds.rifles;
    expect(() => parseMessageTemplates(common, categories)).toThrow(
      /weapons\.json: kinds: needs words for rifles/,
    );
  });
});
