import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTRIES } from '../../src/sim';
import { countryName } from '../../src/view/ui/format';

describe('country names', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("names every country of the network from its ISO code, in the catalogue's language", () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('NZ')).toBe('New Zealand');
    for (const c of COUNTRIES) expect(countryName(c.iso2), c.iso2).toMatch(/\S/);
  });

  it("falls back to the assets' name where Intl has none for the code", () => {
    vi.spyOn(Intl.DisplayNames.prototype, 'of').mockReturnValue(undefined);
    for (const c of COUNTRIES) expect(countryName(c.iso2)).toBe(c.name);
    expect(countryName('QQ')).toBe('QQ');
  });
});
