/**
 * The real operation's figures that a run is measured against, and where each comes from:
 * "article", the news report this project is grounded in (June 2021); "public-record", wider
 * public reporting of the case (court records and police statements). The view names them.
 */
export type FigureSource = 'article' | 'public-record';

export const ARTICLE = {
  world: {
    handsets: 12_000,
    syndicates: 300,
    countries: 100,
    arrests: 800,
    cocaineKg: 8_000,
    guns: 250,
    cashGBP: 34_000_000,
    officers: 9_000,
  },
  australia: { iso2: 'AU', arrests: 224, drugsKg: 3_000, cashGBP: 25_000_000, threatsActedOn: 20 },
  newZealand: { iso2: 'NZ', arrests: 35, assetsGBP: 1_900_000 },
} as const;

export const PUBLIC_RECORD = {
  messages: 27_000_000,
  days: 970,
  activeAtShutdown: 9_000,
  threatsToLife: 100,
} as const;
