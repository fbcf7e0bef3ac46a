import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../src/sim/data/languages';
import { languageName } from '../../src/view/ui/format';

const codes = [...Object.values(LANGUAGES.groups), ...Object.values(LANGUAGES.countries)].map((l) => l.code);

describe('language names', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("names every language of the messages from its code, in the catalogue's language", () => {
    expect(languageName('hr')).toBe('Croatian');
    expect(languageName('ms')).toBe('Malay');
    expect(languageName('pt-BR')).toBe('Brazilian Portuguese');
    expect(languageName('cnr')).toBe('Montenegrin');
    expect(languageName('prs')).toBe('Dari');
    for (const code of codes) expect(languageName(code), code).not.toBe(code);
    // Each code is a group of its own in the analysts' focus: no two may read the same.
    const unique = [...new Set(codes)];
    expect(new Set(unique.map(languageName)).size).toBe(unique.length);
  });

  it('takes the names a class knows from the catalogue where Intl has another', () => {
    expect(languageName('bn')).toBe('Bengali');
    expect(languageName('cmn')).toBe('Mandarin');
    expect(languageName('zh')).toBe('Chinese');
  });

  it('falls back to the code where Intl has no name for it', () => {
    vi.spyOn(Intl.DisplayNames.prototype, 'of').mockReturnValue(undefined);
    expect(languageName('hr')).toBe('hr');
    expect(languageName('cmn')).toBe('Mandarin');
  });
});
