import { POLICIES, type Policy, type PolicyName, type Scenario, type SimEvent } from '../sim';
import type { AppState, AppStore } from './appStore';
import type { ScenarioChoice } from './flowSlice';
import type { Speed } from './gameSlice';
import { daysPerSecond } from './pace';
import { type Caption, captionsForDay, NO_PROGRESS, type Progress } from './presenterCaptions';

/** What the presenter plays: a built-in scenario, or the one the page's link carried. */
export type PresentedScenario = ScenarioChoice | 'linked';

export interface ShownCaption {
  readonly id: number;
  readonly caption: Caption;
  /** The presentation tick after which the caption is gone. */
  readonly until: number;
}

/** A game playing itself for an audience, with a built-in policy giving the commands. */
export interface Presentation {
  readonly policy: PolicyName;
  readonly player: Policy;
  /**
   * Days presented so far, counting the closing days shown after the run ends: captions live by
   * it, never by wall-clock time, so a presentation paced by the store is the same every time.
   */
  readonly tick: number;
  /** The captions on screen, oldest first. */
  readonly captions: readonly ShownCaption[];
  readonly nextCaptionId: number;
  readonly progress: Progress;
  /** Once the run is over: the tick on which the debrief follows (after its last caption). */
  readonly endsOnTick: number | null;
}

export interface PresenterSlice {
  presenter: Presentation | null;
  /** A new game of `scenario` played by `policy` on the play screen; false if there is no such scenario. */
  startPresentation(scenario: PresentedScenario, policy: PolicyName): boolean;
  /** The clock's day in presenter mode: the day passes, the policy answers it, captions follow. */
  presentDay(): void;
  faster(): void;
  slower(): void;
  /** Back to the title; the run stays saved like any game. */
  stopPresentation(): void;
}

/** The clock's steps, slowest first (pause is the first). */
export const SPEED_STEPS: readonly Speed[] = [0, 1, 2, 4];

export function fasterSpeed(speed: Speed): Speed {
  return SPEED_STEPS.find((s) => s > speed) ?? speed;
}

export function slowerSpeed(speed: Speed): Speed {
  return [...SPEED_STEPS].reverse().find((s) => s < speed) ?? speed;
}

/** About this long on screen at any speed: its life in days grows with the speed. */
const CAPTION_SECONDS = 5;
/** Captions on screen at once; an older one gives way to a newer. */
export const MOST_CAPTIONS = 3;

/** A caption's life in days: CAPTION_SECONDS at the scenario's pace (its run in its play minutes). */
export function captionDays(scenario: Pick<Scenario, 'days' | 'play'>, speed: Speed): number {
  return Math.max(2, Math.round(CAPTION_SECONDS * daysPerSecond(scenario) * Math.max(speed, 1)));
}

type SetState = (partial: Partial<AppState>) => void;
type Get = () => AppState;

export function createPresenterSlice(set: SetState, get: Get): PresenterSlice {
  /** Records a presented day: its captions, the speed the game's own alerts would have stopped. */
  const finishDay = (presentation: Presentation, tick: number, events: SimEvent[], speed: Speed) => {
    const game = get().game;
    if (!game) return;
    // The policy has answered what the game would ask the player: nothing waits for an answer.
    while ((get().game?.notices.length ?? 0) > 0) get().dismissNotice();
    const { captions, progress } = captionsForDay(game.sim, events, presentation.progress);
    const life = captionDays(game.scenario, speed);
    const fresh = captions.map((caption, i) => ({
      id: presentation.nextCaptionId + i,
      caption,
      until: tick + life,
    }));
    const shown = [...presentation.captions.filter((c) => c.until > tick), ...fresh].slice(-MOST_CAPTIONS);
    const over = game.figures.over;
    set({
      speed,
      presenter: {
        ...presentation,
        tick,
        captions: shown,
        nextCaptionId: presentation.nextCaptionId + fresh.length,
        progress,
        endsOnTick: presentation.endsOnTick ?? (over ? tick + life : null),
      },
    });
  };

  return {
    presenter: null,
    startPresentation(scenario, policy) {
      const state = get();
      if (scenario === 'linked') {
        if (state.linkedScenario === null) return false;
        state.chooseLinkedScenario();
      } else state.chooseScenario(scenario);
      const player = POLICIES[policy]({});
      const sim = get().game?.sim;
      if (!sim) return false;
      const events = player.decide(sim, []).flatMap((command) => get().act(command));
      const presentation: Presentation = {
        policy,
        player,
        tick: 0,
        captions: [],
        nextCaptionId: 1,
        progress: NO_PROGRESS,
        endsOnTick: null,
      };
      set({ screen: 'play', dialog: null, selectedSyndicate: null, inboxOpen: false });
      finishDay(presentation, 0, events, 1);
      return true;
    },
    presentDay() {
      const { presenter, game, speed } = get();
      if (!presenter || !game) return;
      const tick = presenter.tick + 1;
      if (game.figures.over) {
        // The run is over; its last captions stay up for their days, then the debrief.
        const captions = presenter.captions.filter((c) => c.until > tick);
        set({ presenter: { ...presenter, tick, captions } });
        if (presenter.endsOnTick === null || tick >= presenter.endsOnTick) get().showDebrief();
        return;
      }
      const passed = get().advanceDay();
      const sim = get().game?.sim;
      if (!sim) return;
      const answered = presenter.player.decide(sim, passed).flatMap((command) => get().act(command));
      finishDay(presenter, tick, [...passed, ...answered], speed);
    },
    faster() {
      if (get().presenter) set({ speed: fasterSpeed(get().speed) });
    },
    slower() {
      if (get().presenter) set({ speed: slowerSpeed(get().speed) });
    },
    stopPresentation() {
      get().leaveGame();
      set({ presenter: null });
    },
  };
}

/**
 * A presentation ends when its game does or the screens move on (the title, a new game): the
 * debrief that closes it is the last screen it keeps.
 */
export function endPresentationOffStage(store: AppStore): void {
  store.subscribe((state) => {
    if (state.presenter === null) return;
    if ((state.screen !== 'play' && state.screen !== 'debrief') || state.game === null)
      store.setState({ presenter: null });
  });
}
