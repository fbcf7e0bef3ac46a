import { useEffect, useState } from 'preact/hooks';
import type { HandsetCurve, HandsetCurveRun, Scenario } from '../../../sim';
import { handsetPreviewRun } from '../../../store/handsetPreview';

/** The preview waits this long after the last change, so typing is never slowed by it. */
const SETTLE_MS = 400;
/** Days played per slice: a few milliseconds each at full scale, so the page stays responsive. */
const DAYS_PER_SLICE = 20;

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'running'; day: number; lastDay: number }
  | { kind: 'done'; curve: HandsetCurve };

/**
 * Runs the scenario's historical preview once the draft has settled, a slice of days per task, and
 * starts over (dropping the old run) whenever the scenario changes.
 */
export function useHandsetPreview(scenario: Scenario | null): PreviewState {
  const [state, setState] = useState<PreviewState>({ kind: 'idle' });
  useEffect(() => {
    if (scenario === null) {
      setState({ kind: 'idle' });
      return;
    }
    let timer = 0;
    const slice = (run: HandsetCurveRun) => {
      const over = run.advance(DAYS_PER_SLICE);
      if (over) setState({ kind: 'done', curve: run.curve() });
      else {
        setState({ kind: 'running', day: run.day, lastDay: run.lastDay });
        timer = window.setTimeout(() => slice(run), 0);
      }
    };
    timer = window.setTimeout(() => {
      setState({ kind: 'running', day: 0, lastDay: scenario.days.max });
      timer = window.setTimeout(() => slice(handsetPreviewRun(scenario)), 0);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [scenario]);
  return state;
}
