import type { ScorePart, WhatIfId, WhatIfNote } from '../../sim';

/**
 * Plain-language text for the debrief and the CLI: one sentence each, in words a
 * 14-year-old understands. Data only, so the view can show it and tests can check it.
 */
export const SCORE_EXPLANATIONS: Readonly<Record<'total' | ScorePart, string>> = {
  total:
    'Your score adds up the parts below, each counted as if your game were as big as the real operation, so small and large games compare fairly.',
  convictions:
    'You earn points for each person you arrest whose messages give enough proof to convict them, and a boss is worth ten times a foot soldier.',
  dismantled:
    'A gang counts as broken up when you arrest its boss and half of the boss’s right-hand people, or a third of all its members.',
  crossTies:
    'Gangs work together through go-betweens, so you earn points for every link between two different gangs that loses someone to an arrest.',
  seizures: 'Drugs, guns and cash that police take before they reach the street earn points.',
  lives:
    'Every person killed after a threat to kill costs points, even if your analysts never read that threat.',
  exposure:
    'If the secret phone is exposed, criminals throw their phones away and hide, so a leak costs a big block of points.',
  officerDays:
    'Police officers’ time is not free, so every officer used in raids or on the day of action costs a tiny number of points.',
  privacy:
    'Reading the messages of people who are never charged scores zero on purpose, because deciding what that should cost is a question for your class.',
};

/** What each figure of the run means. */
export const FIGURE_EXPLANATIONS = {
  arrests: 'Arrests are the people police picked up, in early raids or on the day of action.',
  expectedConvictions:
    'Expected convictions is how many of those arrests should end in a guilty verdict, given the proof your analysts read about each person.',
  syndicatesDismantled:
    'Gangs broken up are the ones that lost their leaders or so many members that they fall apart.',
  crossTies:
    'Links between gangs cut is the share of all the contacts between different gangs where at least one person was arrested.',
  seizures: 'Seizures are the drugs, guns and cash police took from stashes your analysts knew about.',
  threats:
    'Threats to kill shows how many your analysts read, how many you acted on, and how many people died.',
  exposure: 'Exposure tells you whether the secret phone was found out, and on which day.',
  admissibility:
    'Evidence only counts in court if the permission to read the messages was still in force on the day of action.',
  officerDays:
    'Officer-days adds up every officer sent on the day of action and the teams used in early raids.',
  privacy:
    'Privacy footprint counts the messages police read and the people whose messages were read but who were never charged.',
  fullScale:
    'Full-scale figures multiply your game up to the size of the real operation so you can compare them with the news.',
  vsArticle:
    'Each percentage compares your full-scale figure with the real operation’s, and names where that real figure comes from.',
  keyPlayers:
    'The computer picked the same number of people as you arrested, choosing bosses, right-hand people and go-betweens that break up the most gangs.',
} as const;

/** What each what-if replays. */
export const WHAT_IF_EXPLANATIONS: Readonly<Record<WhatIfId, string>> = {
  'as-played': 'This is your game replayed from your own decisions, to show the replay matches what you saw.',
  'takedown-earlier':
    'This replays your game with the day of action 60 days earlier, with fewer phones and less proof but less time for a leak.',
  'takedown-later':
    'This replays your game with the day of action 60 days later, with more phones and proof but more time for things to go wrong.',
  'every-threat-acted-on':
    'This replays your game with a cover story for every threat your analysts read, which can save lives but makes a leak more likely.',
  'best-seeding':
    'This replays your game with every handset handed to the contacts the advice rated best, so you see what your own choice of contacts was worth.',
  'diligent-reading':
    'This replays your game with a careful reader adding to your own reading: every flagged message read and tagged as far as the reading hours go.',
};

/** Why a what-if is not a plain replay. */
export const WHAT_IF_NOTES: Readonly<Record<WhatIfNote, string>> = {
  'no-takedown': 'You never held a day of action, so there was none to move later.',
  'already-last-day': 'Your day of action was already on the last possible day, so it could not be later.',
  'full-takedown-assumed':
    'You never held a day of action, so this one sends every officer to every country.',
  'clamped-to-first-day': 'That would be before the operation began, so it happens on the first day instead.',
  'clamped-to-last-day':
    'That would be after the operation ends, so it happens on the last possible day instead.',
  'after-authorisation':
    'The permission to read messages had ended by then, so no evidence could be used and nobody could be convicted.',
  'usual-response-continues':
    'Threats read in the extra days are answered the way you answered most threats.',
  'cover-story-on-deadline':
    'Threats you had not answered by their deadline get a cover story on that day, which raises suspicion a little.',
};

/** Names of the figures compared with the real operation, by key of the report's `vsArticle`. */
export const COMPARISON_LABELS: Readonly<Record<string, string>> = {
  handsets: 'Handsets',
  syndicates: 'Syndicates reached',
  countries: 'Countries reached',
  arrests: 'Arrests',
  cocaineKg: 'Cocaine seized (kg)',
  guns: 'Guns seized',
  cashGBP: 'Cash and crypto seized (£)',
  australiaArrests: 'Arrests in Australia',
  newZealandArrests: 'Arrests in New Zealand',
  officers: 'Officers on the day of action',
  messages: 'Messages sent',
  handsetsActive: 'Handsets still in use',
  threatsDetected: 'Threats to kill read',
  australiaDrugsKg: 'Drugs seized in Australia (kg)',
  australiaCashGBP: 'Cash and assets seized in Australia (£)',
  australiaThreatsActedOn: 'Threats to kill acted on in Australia',
  newZealandAssetsGBP: 'Assets seized in New Zealand (£)',
};
