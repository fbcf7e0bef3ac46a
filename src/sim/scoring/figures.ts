import { wrongfulArrests } from '../intercepts/readAndTag';
import { ROLES, type Role } from '../model/roles';
import type { Seizures, SimState } from '../model/state';
import { courtChance } from '../takedown/convictionChance';
import { dismantledSyndicates } from '../takedown/dismantled';
import { arrestedMask, type CrossTies, crossTiesCut } from './crossTies';

/** Everything a finished run is judged on, in the run's own (unscaled) units. */
export interface RunFigures {
  readonly reach: {
    /** People who ever held a handset. */
    readonly handsets: number;
    readonly handsetsActive: number;
    readonly syndicates: number;
    readonly countries: number;
    /** Messages sent on the platform. */
    readonly messages: number;
  };
  readonly arrests: {
    readonly total: number;
    readonly atTakedown: number;
    readonly inRaids: number;
    /** Arrested on a case that rests mostly on wrong evidence tags. */
    readonly wrongful: number;
    readonly byRole: Record<Role, number>;
    /** By ISO code of the country each arrested person lives in. */
    readonly byCountry: Record<string, number>;
  };
  /** Σ conviction chance over everyone arrested, on sound evidence only (wrong tags convict nobody). */
  readonly expectedConvictions: number;
  readonly expectedConvictionsByRole: Record<Role, number>;
  /** Σ conviction chance × role value (boss 10 … soldier 1): what the score counts. */
  readonly roleWeightedConvictions: number;
  /** Syndicates whose core is gone or a third of whose members were arrested (raids count too). */
  readonly syndicatesDismantled: number;
  readonly crossTies: CrossTies;
  readonly seizures: Seizures;
  readonly threats: {
    readonly made: number;
    readonly detected: number;
    /** Threats analysts read that were meant (the rest of those read were bluster). */
    readonly detectedReal: number;
    readonly actedOn: number;
    /** Threats acted on that were bluster: suspicion spent where there was no danger. */
    readonly actedOnBluster: number;
    readonly actedOnOpenly: number;
    readonly actedOnCovertly: number;
    readonly protected: number;
    /** Everyone killed, including after threats analysts never read. */
    readonly livesLost: number;
    /** Killed after a threat analysts had read. */
    readonly livesLostAfterDetection: number;
  };
  readonly exposure: { readonly leaked: boolean; readonly leakDay: number | null };
  readonly admissibility: {
    readonly takedownDay: number | null;
    readonly authorisationEnd: number;
    /** Null when there was no takedown. */
    readonly admissible: boolean | null;
  };
  /** One day of action by every officer sent, plus one team per raid and per raid arrest. */
  readonly officerDays: { readonly takedown: number; readonly raids: number; readonly total: number };
  readonly privacy: {
    readonly messagesRead: number;
    readonly peopleRead: number;
    /** People whose messages analysts read who were never arrested. */
    readonly peopleReadNeverCharged: number;
  };
}

function byRole(): Record<Role, number> {
  return Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
}

/** The figures of a run, from its state only; nothing is invented for what did not happen. */
export function runFigures(state: SimState): RunFigures {
  const { net, scenario, tables, takedown } = state;
  const arrestsByRole = byRole();
  const convictionsByRole = byRole();
  const byCountry: Record<string, number> = {};
  let arrests = 0;
  let expected = 0;
  let weighted = 0;
  let messagesRead = 0;
  let peopleRead = 0;
  let readNeverCharged = 0;
  for (let p = 0; p < net.size; p++) {
    const read = state.messagesRead[p];
    messagesRead += read;
    const arrested = state.arrestedDay[p] >= 0;
    if (read > 0) {
      peopleRead++;
      if (!arrested) readNeverCharged++;
    }
    if (!arrested) continue;
    const role = ROLES[net.role[p]];
    const chance = courtChance(state, p);
    arrests++;
    arrestsByRole[role]++;
    convictionsByRole[role] += chance;
    expected += chance;
    weighted += chance * tables.roleValue[net.role[p]];
    const iso = net.countries[net.countryOf[p]].iso2;
    byCountry[iso] = (byCountry[iso] ?? 0) + 1;
  }
  const atTakedown = takedown?.arrested.length ?? 0;
  const inRaids = arrests - atTakedown;
  const threats = state.threats;
  const count = (keep: (t: (typeof threats)[number]) => boolean) => threats.filter(keep).length;
  const actedOn = (t: (typeof threats)[number]) => t.response === 'open' || t.response === 'covert';
  const raidOfficerDays = (state.raids + inRaids) * scenario.takedown.officersPerArrest;
  const takedownOfficerDays = takedown?.officers ?? 0;
  return {
    reach: {
      handsets: state.holderCount,
      handsetsActive: state.activeHandsets,
      syndicates: countReached(state.syndicateReachedDay),
      countries: countReached(state.countryReachedDay),
      messages: state.messages,
    },
    arrests: {
      total: arrests,
      atTakedown,
      inRaids,
      wrongful: wrongfulArrests(state).length,
      byRole: arrestsByRole,
      byCountry,
    },
    expectedConvictions: expected,
    expectedConvictionsByRole: convictionsByRole,
    roleWeightedConvictions: weighted,
    syndicatesDismantled: dismantledSyndicates(state).length,
    crossTies: crossTiesCut(net, arrestedMask(state.arrestedDay)),
    seizures: { ...state.seized },
    threats: {
      made: threats.length,
      detected: count((t) => t.detected),
      detectedReal: count((t) => t.detected && t.real),
      actedOn: count(actedOn),
      actedOnBluster: count((t) => actedOn(t) && !t.real),
      actedOnOpenly: count((t) => t.response === 'open'),
      actedOnCovertly: count((t) => t.response === 'covert'),
      protected: count((t) => t.outcome === 'protected'),
      livesLost: count((t) => t.outcome === 'killed'),
      livesLostAfterDetection: count((t) => t.detected && t.outcome === 'killed'),
    },
    exposure: { leaked: state.leakDay >= 0, leakDay: state.leakDay >= 0 ? state.leakDay : null },
    admissibility: {
      takedownDay: takedown?.day ?? null,
      authorisationEnd: scenario.days.authorisationEnd,
      admissible: takedown?.admissible ?? null,
    },
    officerDays: {
      takedown: takedownOfficerDays,
      raids: raidOfficerDays,
      total: takedownOfficerDays + raidOfficerDays,
    },
    privacy: { messagesRead, peopleRead, peopleReadNeverCharged: readNeverCharged },
  };
}

/** How many syndicates (or countries) a handset has reached, from their reached-day table. */
export function countReached(reachedDay: Int32Array): number {
  let n = 0;
  for (const day of reachedDay) if (day >= 0) n++;
  return n;
}
