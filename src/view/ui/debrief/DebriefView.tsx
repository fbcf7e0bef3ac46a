import { useMemo } from 'preact/hooks';
import type { CommandLog, Scenario, SimState } from '../../../sim';
import type { ImportedResult } from '../../../store/resultFile';
import { keyPlayerComparison, keyPlayerDifferences, playerReport } from '../../../store/selectors/debrief';
import { decisionTimeline, runMilestones } from '../../../store/selectors/debriefCharts';
import { questionFigures } from '../../../store/selectors/debriefQuestions';
import { historicalRun, runWhatIfs } from '../../../store/selectors/debriefReplays';
import { t } from '../../strings/en';
import { AdoptionChart } from './AdoptionChart';
import { HeatChart } from './HeatChart';
import { KeyPlayersSection } from './KeyPlayersSection';
import { OutcomeTables } from './OutcomeTables';
import { QuestionsSection } from './QuestionsSection';
import { ResultPanel } from './ResultPanel';
import { ScoreSection } from './ScoreSection';
import { useAfterPaint } from './useAfterPaint';
import { WhatIfSection } from './WhatIfSection';

/** One finished run to debrief: the replay's inputs and its final state. */
export interface DebriefRun {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly commands: CommandLog;
  readonly sim: SimState;
}

/** People named on each side of the key-player comparison; the rest are counted. */
const NAMED_DIFFERENCES = 5;

const replayHistorical = (run: DebriefRun) => historicalRun(run.scenario, run.seed);
const replayWhatIfs = (run: DebriefRun) => runWhatIfs(run.scenario, run.seed, run.commands);

/**
 * The whole debrief of a run. What the state gives is drawn at once; the replays (the historical
 * run, the what-ifs) follow after the first paint, each with a visible "computing" state.
 */
export function DebriefView({ run, onImport }: { run: DebriefRun; onImport: (r: ImportedResult) => void }) {
  const { sim, scenario } = run;
  const report = useMemo(() => playerReport(sim), [run]);
  const keyPlayers = useMemo(() => keyPlayerComparison(sim), [run]);
  const differences = useMemo(() => keyPlayerDifferences(sim, keyPlayers, NAMED_DIFFERENCES), [keyPlayers]);
  const milestones = useMemo(() => runMilestones(sim), [run]);
  const decisions = useMemo(() => decisionTimeline(run.commands), [run.commands]);
  const historical = useAfterPaint(run, replayHistorical);
  const whatIfs = useAfterPaint(run, replayWhatIfs);
  const questions = questionFigures(sim, report, whatIfs);
  return (
    <div class="debrief" data-computing={historical === null || whatIfs === null ? 'true' : 'false'}>
      <ScoreSection report={report} />
      <OutcomeTables report={report} />
      <KeyPlayersSection keyPlayers={keyPlayers} differences={differences} />
      <WhatIfSection whatIfs={whatIfs} />
      <QuestionsSection q={questions} />
      <section class="debrief-section" aria-labelledby="debrief-charts-heading">
        <h3 id="debrief-charts-heading">{t('debrief.chartsHeading')}</h3>
        <div class="debrief-charts">
          <AdoptionChart
            handsets={sim.series.handsets}
            historical={historical}
            milestones={milestones}
            maxDay={scenario.days.max}
          />
          <HeatChart heat={sim.series.heat} decisions={decisions} maxDay={scenario.days.max} />
        </div>
      </section>
      <ResultPanel
        scenario={scenario}
        seed={run.seed}
        commands={run.commands}
        sim={sim}
        onImport={onImport}
      />
    </div>
  );
}
