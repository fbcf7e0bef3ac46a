import { BUILT_IN_SCENARIOS, type Scenario, type SimEvent, type TakedownOrders } from '../sim';
import type { Game, GameSlice } from './gameSlice';
import type { LinkProblem, ScenarioLink } from './scenarioLink';

/** The pages for teachers and presenters, reached from the title screen (or a `#page` address). */
export const TEACHER_PAGES = ['editor', 'review', 'guide', 'presenter'] as const;
export type TeacherPage = (typeof TEACHER_PAGES)[number];

/** The teachers' page an address such as `…/#guide` asks for, if any. */
export function teacherPageFromHash(hash: string): TeacherPage | null {
  const name = hash.replace(/^#/, '');
  return (TEACHER_PAGES as readonly string[]).includes(name) ? (name as TeacherPage) : null;
}

/** The screens of the browser game, in the order a player meets them, then the teachers' pages. */
export type Screen =
  | 'title'
  | 'scenarios'
  | 'briefing'
  | 'seeding'
  | 'play'
  | 'takedown'
  | 'debrief'
  | TeacherPage;

/** The built-in scenarios the picker offers, in the order it shows them. */
export const SCENARIO_CHOICES = ['classroom', 'workshop', 'full-scale'] as const;
export type ScenarioChoice = (typeof SCENARIO_CHOICES)[number];

export function builtInScenario(id: ScenarioChoice): Scenario {
  return BUILT_IN_SCENARIOS[id];
}

/** A modal dialog of the play screen; while one is open the clock holds still. */
export type PlayDialog = { kind: 'seed' } | { kind: 'analysts' } | { kind: 'raid'; syndicate: number };

export interface FlowSlice {
  screen: Screen;
  dialog: PlayDialog | null;
  /** Title → scenario picker. */
  start(): void;
  backToTitle(): void;
  /** One of the teachers' and presenters' pages. */
  openTeacherPage(page: TeacherPage): void;
  /** A new game of a built-in scenario (it replaces any saved game), then its briefing. */
  chooseScenario(id: ScenarioChoice): void;
  /** The scenario of the link the page was opened with, offered beside the built-in ones. */
  linkedScenario: Scenario | null;
  /** Why the page's scenario link could not be read, shown on the scenario screen. */
  linkProblem: LinkProblem | null;
  /** A new game of the linked scenario, then its briefing. */
  chooseLinkedScenario(): void;
  /** A new game of any valid scenario (from the editor or a file), then its briefing. */
  playScenario(scenario: Scenario): void;
  beginSeeding(): void;
  /** The informant's first contacts; play begins once the handsets are handed out. */
  seedFirstContacts(people: number[]): SimEvent[];
  /** Resume the saved game on the screen its state calls for; false (with saveProblem set) if it cannot. */
  resumeGame(): boolean;
  /** Set an unreadable save aside (the store keeps a copy) and choose a new scenario. */
  startAfresh(): void;
  openDialog(dialog: PlayDialog): void;
  closeDialog(): void;
  planTakedown(): void;
  backToPlay(): void;
  /** The day of action as planned; the debrief follows when it was carried out. */
  launchTakedown(orders: TakedownOrders): SimEvent[];
  showDebrief(): void;
  /** Leave the game for the title screen; the save stays, so it can be resumed. */
  leaveGame(): void;
}

type State = FlowSlice & GameSlice;

/** Where a resumed game picks up: its state says how far the player had got. */
export function screenForGame(game: Game): Screen {
  if (game.sim.takedown !== null) return 'debrief';
  const seeded = Object.values(game.commands).some((list) => list.some((c) => c.type === 'seed'));
  return seeded || game.sim.day > 0 ? 'play' : 'seeding';
}

const accepted = (events: SimEvent[]) => !events.some((e) => e.type === 'command-rejected');

export function createFlowSlice(
  set: (partial: Partial<State>) => void,
  get: () => State,
  newSeed: () => number,
  initialScreen: Screen,
  link: ScenarioLink | null,
): FlowSlice {
  return {
    screen: initialScreen,
    linkedScenario: link?.ok ? link.scenario : null,
    linkProblem: link && !link.ok ? link.problem : null,
    chooseLinkedScenario() {
      const scenario = get().linkedScenario;
      if (!scenario) return;
      get().newGame(scenario, scenario.seed ?? newSeed());
      set({ screen: 'briefing', dialog: null });
    },
    playScenario(scenario) {
      get().newGame(scenario, scenario.seed ?? newSeed());
      set({ screen: 'briefing', dialog: null });
    },
    dialog: null,
    start: () => set({ screen: 'scenarios' }),
    backToTitle: () => set({ screen: 'title' }),
    openTeacherPage: (page) => set({ screen: page, dialog: null }),
    chooseScenario(id) {
      const scenario = builtInScenario(id);
      get().newGame(scenario, scenario.seed ?? newSeed());
      set({ screen: 'briefing', dialog: null });
    },
    beginSeeding: () => set({ screen: 'seeding' }),
    seedFirstContacts(people) {
      const events = get().act({ type: 'seed', people });
      if (accepted(events)) set({ screen: 'play' });
      return events;
    },
    resumeGame() {
      if (!get().resumeSaved()) return false;
      const game = get().game;
      if (game) set({ screen: screenForGame(game), dialog: null });
      return game !== null;
    },
    startAfresh() {
      get().discardSave();
      set({ screen: 'scenarios' });
    },
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    planTakedown: () => set({ screen: 'takedown', dialog: null, speed: 0 }),
    backToPlay: () => set({ screen: 'play' }),
    launchTakedown({ countries, officers, priority, people, syndicates }) {
      const events = get().act({
        type: 'takedown',
        countries: [...countries],
        officers,
        ...(priority ? { priority } : {}),
        ...(people ? { people: [...people] } : {}),
        ...(syndicates ? { syndicates: [...syndicates] } : {}),
      });
      if (accepted(events)) set({ screen: 'debrief' });
      return events;
    },
    showDebrief: () => set({ screen: 'debrief', dialog: null, speed: 0 }),
    leaveGame() {
      // One update, so every subscriber sees the game gone and the title up together.
      set({ screen: 'title', dialog: null, game: null, speed: 0 });
    },
  };
}
