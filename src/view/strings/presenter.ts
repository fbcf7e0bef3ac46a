/** Presenter mode: the setup page, captions and the key hint. */
export const presenterStrings = {
  'presenter.heading': 'Presenter mode',
  'presenter.intro':
    'For a workshop or a talk: the game plays itself in large type on a projector, with a short caption at each key moment, while you explain what is happening.',
  'presenter.scenario': 'Operation',
  'presenter.scenarioFacts': '{people} people, {syndicates} syndicates, {countries} countries',
  'presenter.linked': 'Shared by link: {name}',
  'presenter.policy': 'How it is played',
  'presenter.keysHeading': 'Keys while it plays',
  'presenter.start': 'Start the presentation',
  'presenter.replaces': 'Starting replaces the game saved in this browser ({name}, day {day}).',
  'presenter.saved': 'The run is saved like any game: leave at any time and resume it later as a player.',

  'presenter.bar': 'Presentation',
  'presenter.playedBy': 'Played by: {policy}',
  'presenter.leave': 'Leave presenter mode',
  'presenter.captions': 'Captions',
  'presenter.key.pause': 'Space',
  'presenter.key.pause.what': 'pause',
  'presenter.key.speed': '← →',
  'presenter.key.speed.what': 'speed',
  'presenter.key.leave': 'Esc',
  'presenter.key.leave.what': 'leave',

  'presenter.caption.firstHandsets':
    'The informant hands out the first {count} handsets, in {syndicates} syndicates.',
  'presenter.caption.handsets': '{count} handsets handed out so far.',
  'presenter.caption.syndicates': 'The handset has reached {count} syndicates.',
  'presenter.caption.countries': 'Handsets are now in {count} countries.',
  'presenter.caption.answer.covert': 'The task force protects them with a cover story.',
  'presenter.caption.answer.open': 'The police step in openly, at the cost of suspicion.',
  'presenter.caption.answer.none': 'The task force does not act, to keep the secret.',
  'presenter.caption.leakRisk': 'The chance of a leak within {days} days has climbed past {share}.',
} as const;
