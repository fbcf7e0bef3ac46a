import type { RunReport, SimState, WhatIf } from '../../sim';

/** The player's own numbers behind each discussion question; the view words them. */
export interface QuestionFigures {
  readonly privacy: {
    readonly messagesRead: number;
    readonly peopleRead: number;
    readonly peopleReadNeverCharged: number;
    readonly messages: number;
  };
  readonly entrapment: {
    readonly handsets: number;
    readonly syndicates: number;
    readonly countries: number;
    readonly days: number;
  };
  readonly admissibility: {
    readonly countries: number;
    readonly takedownDay: number | null;
    readonly authorisationEnd: number;
    readonly admissible: boolean | null;
  };
  readonly threats: {
    readonly detected: number;
    /** Of the threats read, those that were meant (the rest were bluster). */
    readonly detectedReal: number;
    readonly actedOn: number;
    /** Threats acted on that were bluster: heat spent on no danger. */
    readonly actedOnBluster: number;
    readonly livesLost: number;
    readonly livesLostAfterDetection: number;
    readonly leakDay: number | null;
    readonly peakHeat: number;
    /** The "every threat acted on" what-if, once computed: its lives lost and leak day. */
    readonly allActedOn: { readonly livesLost: number; readonly leakDay: number | null } | null;
  };
}

export function questionFigures(
  sim: SimState,
  report: RunReport,
  whatIfs: readonly WhatIf[] | null,
): QuestionFigures {
  const f = report.breakdown.figures;
  const acting = whatIfs?.find((w) => w.id === 'every-threat-acted-on')?.breakdown ?? null;
  return {
    privacy: {
      messagesRead: Math.round(f.privacy.messagesRead),
      peopleRead: f.privacy.peopleRead,
      peopleReadNeverCharged: f.privacy.peopleReadNeverCharged,
      messages: report.messages,
    },
    entrapment: {
      handsets: report.handsets,
      syndicates: report.syndicatesReached,
      countries: report.countriesReached,
      days: report.days,
    },
    admissibility: {
      countries: report.countriesReached,
      takedownDay: report.takedownDay,
      authorisationEnd: f.admissibility.authorisationEnd,
      admissible: report.admissible,
    },
    threats: {
      detected: f.threats.detected,
      detectedReal: f.threats.detectedReal,
      actedOn: f.threats.actedOn,
      actedOnBluster: f.threats.actedOnBluster,
      livesLost: f.threats.livesLost,
      livesLostAfterDetection: f.threats.livesLostAfterDetection,
      leakDay: report.leakDay,
      peakHeat: sim.series.heat.reduce((m, h) => Math.max(m, h), 0),
      allActedOn: acting
        ? { livesLost: acting.figures.threats.livesLost, leakDay: acting.figures.exposure.leakDay }
        : null,
    },
  };
}
