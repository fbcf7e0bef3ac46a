import {
  applyCommands,
  type Command,
  type CommandLog,
  commandSchema,
  createSim,
  isOver,
  isTurnStop,
  type PlayMode,
  replay,
  type Scenario,
  type SimEvent,
  type SimState,
  step,
} from '../sim';
import { type GameFigures, gameFigures } from './gameFigures';
import { startingPlayMode } from './prefsSlice';
import {
  decodeSave,
  encodeSave,
  SAVE_FORMAT,
  SAVE_KEY,
  type SaveProblem,
  UNREADABLE_SAVE_KEY,
} from './savedGame';

export type Speed = 0 | 0.5 | 1 | 2 | 4;

/** A turn in turn mode: one day, seven days, or up to the next day with an event (sim isTurnStop). */
export type Turn = 'day' | 'week' | 'event';

/** The part of Web Storage the game uses; tests pass an in-memory one. */
export interface SaveStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LoggedEvent {
  /** Counts up through the game's log, so views can tell new entries from old. */
  readonly seq: number;
  readonly day: number;
  readonly event: SimEvent;
}

/** Turns of the story the player is told about in a notice of its own (threats have their dialog). */
export type Notice = 'leak' | 'authorisation-ended';

/**
 * A game in progress, published as a new object after every change (a day, a command): its
 * identity is the one key views cache on (`useGameMemo`). `sim` inside is advanced in place, so
 * nothing should be cached on `sim` alone. `revision` counts the changes, for what must name one
 * (the map's painted marker that browser tests wait for).
 */
export interface Game {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly sim: SimState;
  readonly commands: CommandLog;
  readonly figures: GameFigures;
  readonly revision: number;
  /** The latest events, newest last, for the activity log and announcements. */
  readonly log: readonly LoggedEvent[];
  /** Threats analysts read that still wait for the player's answer. */
  readonly openThreats: readonly number[];
  /** Notices not yet acknowledged, oldest first. */
  readonly notices: readonly Notice[];
}

export interface GameSlice {
  game: Game | null;
  speed: Speed;
  /** Why a saved game could not be resumed, shown until the player starts afresh. */
  saveProblem: SaveProblem | null;
  newGame(scenario: Scenario, seed: number): void;
  /** Issue a command now; it is saved under today's date. Returns what happened. */
  act(command: Command): SimEvent[];
  advanceDay(): SimEvent[];
  /**
   * Turn mode: play a day, a week, or up to and including the next day with an event (at most to
   * the run's end). Whatever needs the player (a threat read, the leak, the authorisation's end)
   * ends the turn on its day; nothing is played while such an alert waits. Returns the turn's events.
   */
  advanceTurn(turn: Turn): SimEvent[];
  setSpeed(speed: Speed): void;
  /** Pause, or resume at the speed the player last paused from (1× at first). */
  togglePause(): void;
  /** The speed `togglePause` resumes at. */
  resumeSpeed: Speed;
  /** Resume the stored game, if there is a readable one; otherwise record why not. */
  resumeSaved(): boolean;
  hasSave(): boolean;
  /** What the stored game is, for a "resume" button; null when there is none or it is unreadable. */
  savedGameInfo(): { scenarioName: string; day: number } | null;
  discardSave(): void;
  /** The player has read the oldest notice. */
  dismissNotice(): void;
}

const LOG_LENGTH = 200;
/** Events that need the player: the clock stops for them. */
const PAUSING: ReadonlySet<SimEvent['type']> = new Set(['threat-detected', 'leak', 'authorisation-ended']);

/** What one day brought: its number (after the step) and its events. */
interface DayEvents {
  readonly day: number;
  readonly events: SimEvent[];
}

type SetState = (partial: Partial<GameSlice> & { playMode?: PlayMode }) => void;
type Get = () => GameSlice;

const pauses = (events: readonly SimEvent[]) => events.some((e) => PAUSING.has(e.type));

export function createGameSlice(set: SetState, get: Get, storage: SaveStorage | null): GameSlice {
  const record = (game: Game, days: readonly DayEvents[]): Game => {
    const firstSeq = (game.log.at(-1)?.seq ?? -1) + 1;
    const logged = days.flatMap(({ day, events }) => events.map((event) => ({ day, event })));
    const log = [...game.log, ...logged.map((entry, i) => ({ seq: firstSeq + i, ...entry }))].slice(
      -LOG_LENGTH,
    );
    const events = days.flatMap((d) => d.events);
    const notices = [...game.notices];
    for (const e of events) if (e.type === 'leak' || e.type === 'authorisation-ended') notices.push(e.type);
    const open = new Set(game.openThreats);
    for (const e of events) {
      if (e.type === 'threat-detected') open.add(e.threat);
      if (e.type === 'threat-resolved') open.delete(e.threat);
    }
    for (const id of open) if (game.sim.threats[id]?.response !== null) open.delete(id);
    return {
      ...game,
      figures: gameFigures(game.sim),
      revision: game.revision + 1,
      log,
      openThreats: [...open],
      notices,
    };
  };

  const save = (game: Game) => {
    if (!storage) return;
    storage.setItem(
      SAVE_KEY,
      encodeSave({
        format: SAVE_FORMAT,
        scenario: game.scenario,
        seed: game.seed,
        day: game.sim.day,
        commands: game.commands,
      }),
    );
  };

  const update = (game: Game, days: readonly DayEvents[]) => {
    const next = record(game, days);
    const pause = days.some((d) => pauses(d.events)) || next.figures.over;
    set(pause ? { game: next, speed: 0 } : { game: next });
    save(next);
  };

  const start = (scenario: Scenario, seed: number, sim: SimState, commands: CommandLog) => {
    const game: Game = {
      scenario,
      seed,
      sim,
      commands,
      figures: gameFigures(sim),
      revision: 0,
      log: [],
      openThreats: [],
      notices: [],
    };
    const open = sim.threats
      .filter((t) => t.detected && t.response === null && t.outcome === 'pending')
      .map((t) => t.id);
    set({
      game: { ...game, openThreats: open },
      speed: 0,
      saveProblem: null,
      playMode: startingPlayMode(scenario, storage),
    });
  };

  return {
    game: null,
    speed: 0,
    saveProblem: null,
    newGame(scenario, seed) {
      const sim = createSim(scenario, seed);
      start(scenario, seed, sim, {});
      save(get().game!);
    },
    act(command) {
      const game = get().game;
      if (!game) return [];
      // Only commands a save can hold are applied, so a save is always one that resumes.
      const valid = commandSchema.safeParse(command);
      const events: SimEvent[] = valid.success
        ? applyCommands(game.sim, [command])
        : [{ type: 'command-rejected', command, rejection: { code: 'invalid-command' } }];
      const accepted = !events.some((e) => e.type === 'command-rejected');
      const day = game.sim.day;
      const commands = accepted
        ? { ...game.commands, [day]: [...(game.commands[day] ?? []), command] }
        : game.commands;
      update({ ...game, commands }, [{ day, events }]);
      return events;
    },
    advanceDay() {
      const game = get().game;
      if (!game || game.figures.over) return [];
      const { events } = step(game.sim, []);
      update(game, [{ day: game.sim.day, events }]);
      return events;
    },
    advanceTurn(turn) {
      const game = get().game;
      if (!game || game.figures.over || game.openThreats.length > 0 || game.notices.length > 0) return [];
      const most = turn === 'day' ? 1 : turn === 'week' ? 7 : Number.POSITIVE_INFINITY;
      const days: DayEvents[] = [];
      // One update for the whole turn: a long turn is saved and published once, not every day.
      for (let n = 0; n < most && !isOver(game.sim); n++) {
        const { events } = step(game.sim, []);
        days.push({ day: game.sim.day, events });
        if (pauses(events) || (turn === 'event' && isTurnStop(events))) break;
      }
      update(game, days);
      return days.flatMap((d) => d.events);
    },
    setSpeed(speed) {
      set({ speed });
    },
    resumeSpeed: 1,
    togglePause() {
      const { speed, resumeSpeed } = get();
      set(speed > 0 ? { speed: 0, resumeSpeed: speed } : { speed: resumeSpeed });
    },
    resumeSaved() {
      const text = storage?.getItem(SAVE_KEY) ?? null;
      if (text === null) return false;
      const decoded = decodeSave(text);
      if (!decoded.ok) {
        storage?.setItem(UNREADABLE_SAVE_KEY, text);
        set({ saveProblem: decoded.problem });
        return false;
      }
      const { scenario, seed, commands, day } = decoded.save;
      try {
        start(scenario, seed, replay(scenario, seed, commands, day), commands);
        return true;
      } catch {
        storage?.setItem(UNREADABLE_SAVE_KEY, text);
        set({ saveProblem: { code: 'replay-failed' } });
        return false;
      }
    },
    hasSave() {
      return storage?.getItem(SAVE_KEY) != null;
    },
    savedGameInfo() {
      const text = storage?.getItem(SAVE_KEY) ?? null;
      const decoded = text === null ? null : decodeSave(text);
      return decoded?.ok ? { scenarioName: decoded.save.scenario.name, day: decoded.save.day } : null;
    },
    discardSave() {
      storage?.removeItem(SAVE_KEY);
      set({ saveProblem: null });
    },
    dismissNotice() {
      const game = get().game;
      if (game && game.notices.length > 0) set({ game: { ...game, notices: game.notices.slice(1) } });
    },
  };
}
