import lzString from 'lz-string';
import { parseScenario, type Scenario } from '../sim';
import { applyChanges, type ChangesProblem, changesFromBuiltIn, isScenarioChanges } from './scenarioChanges';

// lz-string is CommonJS: its default export works under Vite and in Node (the CLI, bench/) alike.
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = lzString;

const PREFIX = '#scenario=';
/** Bounds, so no link can freeze the page: a scenario is ~2 kB of JSON, ~1 kB compressed. */
const MAX_LINK_CHARS = 20_000;
const MAX_JSON_CHARS = 200_000;

/**
 * Why a link cannot be played, as a code and its values; the view words it. `invalid-scenario`:
 * `detail` is the scenario validation's first path and reason, as scenario files show it.
 */
export type LinkProblem =
  | { code: 'empty' }
  | { code: 'too-long' }
  | { code: 'unexpected-characters' }
  | { code: 'does-not-unpack' }
  | { code: 'not-json' }
  | { code: 'not-buildable'; problem: ChangesProblem }
  | { code: 'invalid-scenario'; detail: string };

export type ScenarioLink = { ok: true; scenario: Scenario } | { ok: false; problem: LinkProblem };

const refused = (problem: LinkProblem): ScenarioLink => ({ ok: false, problem });

/**
 * The part of a share link after the page's address: the scenario, compressed, in the hash; written
 * as its changes from a built-in scenario when that is shorter (a QR code of it is then far coarser).
 */
export function scenarioLinkHash(scenario: Scenario): string {
  const whole = compressToEncodedURIComponent(JSON.stringify(scenario));
  const changes = compressToEncodedURIComponent(JSON.stringify(changesFromBuiltIn(scenario)));
  return PREFIX + (changes.length < whole.length ? changes : whole);
}

/** Reads a scenario from the page's hash; null when the hash holds none. Never throws. */
export function readScenarioLink(hash: string): ScenarioLink | null {
  if (!hash.startsWith(PREFIX)) return null;
  const packed = hash.slice(PREFIX.length);
  if (packed.length === 0) return refused({ code: 'empty' });
  if (packed.length > MAX_LINK_CHARS) return refused({ code: 'too-long' });
  if (!/^[A-Za-z0-9+\-$]+$/.test(packed)) return refused({ code: 'unexpected-characters' });
  const text = decompressFromEncodedURIComponent(packed);
  if (!text || text.length > MAX_JSON_CHARS) return refused({ code: 'does-not-unpack' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused({ code: 'not-json' });
  }
  if (isScenarioChanges(json)) {
    const built = applyChanges(json);
    if (!built.ok) return refused({ code: 'not-buildable', problem: built.problem });
    json = built.data;
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) return refused({ code: 'invalid-scenario', detail: parsed.errors[0] });
  return { ok: true, scenario: parsed.scenario };
}
