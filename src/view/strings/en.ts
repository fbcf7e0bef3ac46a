/**
 * Every user-facing string of the browser game, in English.
 *
 * A translation is another object of type `Catalogue` (same keys, translated values); switching
 * language means passing it to `setCatalogue`, with no change to any component. Placeholders are
 * written `{name}` and filled by `t(key, { name: value })`.
 */
export const en = {
  /** BCP 47 tag of this catalogue's language, set on <html lang>. */
  'meta.lang': 'en',
  'app.name': 'Backchannel',
  'app.documentTitle': 'Backchannel — a classroom game about a covert investigation',

  'title.eyebrow': 'Operations briefing',
  'title.tagline': 'A classroom game about a covert investigation',
  'title.story':
    'In 2021 police forces revealed that an “encrypted” phone sold to organised crime had been theirs all along: every message sent on it was quietly copied to investigators.',
  'title.role':
    'In Backchannel you run that task force. Choose who gets the first handsets, read what you can, protect people in danger, and decide when to act before the secret leaks.',
  'title.fiction': 'All people, groups and messages in the game are invented.',
  'title.start': 'Start',

  // The game's screens around the map: flow, HUD, actions, dialogs, debrief (src/view/ui).
  /** The locale numbers, money and dates are written in (the game's money is pounds sterling). */
  'meta.locale': 'en-GB',
  'app.documentTitle.scenarios': 'Choose an operation — Backchannel',
  'app.documentTitle.briefing': 'Briefing — Backchannel',
  'app.documentTitle.seeding': 'First contacts — Backchannel',
  'app.documentTitle.play': 'Operation room — Backchannel',
  'app.documentTitle.takedown': 'Takedown planning — Backchannel',
  'app.documentTitle.debrief': 'Debrief — Backchannel',

  'common.backToTitle': 'Back to the title screen',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.yes': 'Yes',
  'common.no': 'No',

  'saveProblem.heading': 'Your saved game could not be opened',
  'saveProblem.reason': 'The problem: {reason}.',
  'saveProblem.kept':
    'Nothing has been thrown away: a copy of the damaged save is kept in this browser, so a teacher or developer can look at it.',
  'saveProblem.startAfresh': 'Start afresh',

  'scenarios.heading': 'Choose an operation',
  'scenarios.saved': 'You have a saved game: {name}, day {day}.',
  'scenarios.resume': 'Resume saved game',
  'scenarios.replaces': 'Choosing a new operation replaces the saved game.',
  'scenarios.facts': '{people} people · {syndicates} syndicates · {countries} countries',
  'scenarios.choose': 'Play {name}',

  'briefing.heading': 'Briefing: {name}',
  'briefing.operationHeading': 'The operation',
  'briefing.operation':
    'Your task force secretly controls an “encrypted” phone, the handset. An informant inside organised crime will hand it to people who trust them. Every message sent on it is copied to you. Criminals take it up only from contacts they trust, and faster when many of their contacts already use it.',
  'briefing.goalHeading': 'Your goal',
  'briefing.goal':
    'Let the handset spread, have analysts read the messages, and then take the network down in one coordinated day of action with your {officers} officers. Only evidence that analysts have read counts in court, and only until the legal authorisation ends on day {day} ({date}).',
  'briefing.risksHeading': 'What can go wrong',
  'briefing.risks':
    'Analysts will read threats to kill. Protecting people raises suspicion (heat), and heat makes a leak likelier; so does a bigger platform. After a leak a “dump your phone” rumour spreads and users go dark within days.',
  'briefing.controlsHeading': 'Controls',
  'briefing.begin': 'Choose the first contacts',
  'briefing.back': 'Choose another operation',

  'keys.pause': 'Pause or resume the clock',
  'keys.pause.keys': 'Space or K',
  'keys.speed': 'Run at normal, double or four times speed',
  'keys.speed.keys': '1, 2, 4',
  'keys.seed': 'Hand out more handsets',
  'keys.seed.keys': 'S',
  'keys.analysts': 'Choose where analysts read first',
  'keys.analysts.keys': 'A',
  'keys.takedown': 'Plan the takedown',
  'keys.takedown.keys': 'T',
  'keys.mute': 'Sound on or off',
  'keys.mute.keys': 'M',
  'keys.move': 'Move between panels and buttons; Enter or Space presses a button',
  'keys.move.keys': 'Tab',

  'seeding.heading': 'Choose the informant’s first contacts',
  'seeding.intro':
    'Your informant can approach these {count} people, who trust them. You have {supply} handsets. Brokers and launderers reach across syndicates; bosses and lieutenants carry trust; couriers and soldiers are many but weakly tied.',
  'seeding.confirm': 'Hand out {count} handsets and begin',
  'seeding.hintNone': 'Choose at least one contact.',
  'seeding.hintReady': 'The clock starts paused: press a speed when you are ready.',

  'seed.legend': 'Contacts chosen: {chosen} of {limit}',
  'seed.roleIn': '{role}, {syndicate}',
  'seed.reach': '{cross} ties to other syndicates, {contacts} contacts in all',
  'seed.risk.insular': 'Ties only inside the {syndicate}: the handset may stay in one group.',
  'seed.risk.wide': 'Reaches {count} other syndicates: fast growth, and a bigger platform is likelier to leak.',
  'seed.risk.slow': 'Most contacts are foot soldiers and couriers, slow to take up a new phone.',
  'seed.risk.steady': 'A steady start among trusted contacts, with little exposure beyond them.',

  'syndicate.name': '{family} syndicate no. {number}',

  'role.boss': 'Boss',
  'role.lieutenant': 'Lieutenant',
  'role.broker': 'Broker',
  'role.launderer': 'Launderer',
  'role.enforcer': 'Enforcer',
  'role.courier': 'Courier',
  'role.soldier': 'Soldier',

  'status.active': 'Uses it',
  'status.dark': 'Went dark',
  'status.arrested': 'Arrested',
  'status.none': 'None',

  'hud.day': 'Day',
  'hud.handsets': 'Handsets in use',
  'hud.handedOut': 'of {count}',
  'hud.syndicates': 'Syndicates',
  'hud.countries': 'Countries',
  'hud.messages': 'Messages',
  'hud.heat': 'Heat',
  'hud.leak': 'Leak risk, {days} days',
  'hud.leaked': 'Leaked',
  'hud.leakedOn': 'day {day}',
  'hud.authorisation': 'Authorisation',
  'hud.daysLeft': 'days left',
  'hud.authorisationEnded': 'Ended',

  'heat.calm': 'Calm',
  'heat.raised': 'Raised',
  'heat.high': 'High',
  'heat.severe': 'Severe',

  'clock.label': 'Clock',
  'clock.pause': 'Pause',
  'clock.speed1': '1×',
  'clock.speed2': '2×',
  'clock.speed4': '4×',

  'play.heading': 'Operation room: the map',
  'play.network': 'The network',
  'play.syndicates': 'Syndicates reached ({count})',
  'play.syndicateHandsets': '{active} of {size}',
  'play.syndicateEvidence': '{count} with evidence',
  'play.focused': 'Analysts focused',
  'play.activity': 'Activity',
  'play.activityEmpty': 'Nothing yet. Start the clock with a speed button.',
  'play.logDay': 'Day {day}',
  'play.actions': 'Actions',
  'play.seed': 'Hand out handsets ({count} in stock)',
  'play.analysts': 'Analysts’ focus',
  'play.planTakedown': 'Plan the takedown',
  'play.sound': 'Sound',
  'play.leave': 'Leave (the game is saved)',
  'play.over': 'The operation has run to its last day without a takedown.',
  'play.toDebrief': 'See the debrief',

  'log.syndicateReached': 'A handset reached the {syndicate} in {country}.',
  'log.countryReached': 'Handsets reached a new country: {country}.',
  'log.rivalFalls': '{label}: demand for the handset jumps.',
  'log.threatDetected': 'Analysts read a threat to kill {target}.',
  'log.threatProtected': '{target} was protected.',
  'log.threatKilled': '{target} was killed.',
  'log.threatSurvived': '{target} survived the threat.',
  'log.supplied': '{count} more handsets arrived for the informant.',
  'log.leak': 'The handset has been exposed: the secret is out.',
  'log.authorisationEnded': 'The legal authorisation has ended.',
  'log.raid': 'Raid on the {syndicate}: {arrests} arrests.',
  'log.takedown': 'Day of action: {arrests} arrests.',
  'log.rejected': 'Not done: {reason}.',

  'case.close': 'Close the case file',
  'case.members': 'Members',
  'case.handsets': 'Handsets in use',
  'case.withEvidence': 'With evidence',
  'case.arrested': 'Arrested',
  'case.stash': 'Known stashes',
  'case.noStash': 'None known yet.',
  'case.cocaine': '{kg} kg of cocaine',
  'case.otherDrugs': '{kg} kg of other drugs',
  'case.guns': '{count} guns',
  'case.cash': '{amount} in cash',
  'case.raid': 'Raid now…',
  'case.membersCaption': 'Members: {shown} of {size}, handset users and evidence first',
  'case.evidence': '{messages} messages, {chance}',

  'table.person': 'Person',
  'table.role': 'Role',
  'table.syndicate': 'Syndicate',
  'table.evidence': 'Evidence (messages)',
  'table.strength': 'Evidence strength',
  'table.handset': 'Handset',

  'threat.heading': 'Threat to kill',
  'threat.what': '{sender} has written that {target} is to be killed.',
  'threat.from': 'From',
  'threat.target': 'Target',
  'threat.person': '{name}: {role}, {syndicate}',
  'threat.bystander': 'someone outside the network',
  'threat.deadline': 'Deadline: day {day} ({date}), in {days} days.',
  'threat.open': 'Intervene openly',
  'threat.openEffect':
    'The target is certainly protected, but suspicion rises a lot: the 30-day leak risk goes from {before} to {after}.',
  'threat.covert': 'Use a cover story',
  'threat.covertEffect':
    'Protection works about {success} of the time, and suspicion rises a little (30-day leak risk {after}).',
  'threat.none': 'Do nothing',
  'threat.noneEffect': 'No suspicion at all, but there is a {death} chance the target is killed.',
  'threat.waiting': '{count} more threats wait for an answer.',
  'threat.chosenOpen': 'Officers will protect {target} openly. The outcome comes on day {day}.',
  'threat.chosenCovert': 'A cover story will shield {target}. The outcome comes on day {day}.',
  'threat.chosenNone': 'No action for {target}. The outcome comes on day {day}.',

  'notice.leak.heading': 'The secret is out',
  'notice.leak.body':
    'A security researcher has exposed the handset. A “dump your phone” rumour is spreading through the network, and everyone who hears it goes dark within days. Whatever you mean to act on, act soon.',
  'notice.authorisation.heading': 'The authorisation has ended',
  'notice.authorisation.body':
    'The legal authorisation for the interception server has run out. From now on no intercepted evidence can be used in court: a takedown or raid now cannot charge anyone on it.',
  'notice.continue': 'Continue',

  'seedMore.heading': 'Hand out more handsets',
  'seedMore.intro': 'You have {supply} handsets in stock. The informant can reach these people now.',
  'seedMore.noStock': 'No handsets in stock. {perMonth} more arrive every 30 days.',
  'seedMore.noOne': 'The informant cannot reach anyone new right now.',
  'seedMore.confirm': 'Hand out {count} handsets',
  'seedMore.done': '{count} handsets handed out.',

  'analysts.heading': 'Analysts’ focus',
  'analysts.capacity':
    'Analysts can read {capacity} messages a day; the handsets now carry about {traffic} a day. Focused syndicates are read first; everyone else shares what is left.',
  'analysts.none': 'No syndicate uses the handset yet.',
  'analysts.legend': 'Focus on these syndicates ({count} chosen)',
  'analysts.row': '{country}, about {messages} messages a day',
  'analysts.loadEven': 'With no focus, analysts read {share} of every syndicate’s messages.',
  'analysts.loadFocused': 'Analysts would read {focused} of the focused syndicates’ messages and {other} of the rest.',
  'analysts.apply': 'Set the focus',
  'analysts.done': 'Analysts now focus on {count} syndicates.',

  'raid.heading': 'Raid the {syndicate}?',
  'raid.what':
    'Officers go for the {people} members with evidence against them now; what analysts know is stashed is seized if anyone is arrested.',
  'raid.cost': 'Raids raise suspicion: the {days}-day leak risk goes from {before} to {after}.',
  'raid.inadmissible': 'The authorisation has ended: no one can be charged on intercepted evidence.',
  'raid.confirm': 'Raid now',

  'takedown.heading': 'Plan the day of action (day {day})',
  'takedown.inadmissible':
    'The authorisation has ended, so no intercepted evidence can be used: a takedown now charges no one.',
  'takedown.countries': 'Countries ({chosen} of {total} chosen)',
  'takedown.allCountries': 'All',
  'takedown.noCountries': 'None',
  'takedown.countryFacts': '{syndicates} · {people} people with evidence',
  'takedown.andMore': '{names} and {count} more',
  'takedown.officers': 'Officers: {officers}',
  'takedown.officersValue': '{officers} officers, {teams} arrest teams',
  'takedown.summary':
    '{teams} arrest teams ({perTeam} officers each) for {candidates} people with evidence in the chosen countries. Teams go for the strongest cases first.',
  'takedown.targetsCaption': 'The first {count} targets, strongest cases first',
  'takedown.noTargets': 'No one in the chosen countries has evidence against them that could be used.',
  'takedown.launch': 'Launch the takedown',
  'takedown.back': 'Back to the operation',
  'takedown.hintNoCountry': 'Choose at least one country.',

  'debrief.heading': 'Debrief',
  'debrief.intro':
    'Your operation’s outcomes, beside the real one. Percentages compare your figures, scaled up to the real operation’s size, with what the real operation achieved.',
  'debrief.caption': 'Your operation and the real one (2018–2021)',
  'debrief.measure': 'Measure',
  'debrief.yours': 'Your operation',
  'debrief.vsArticle': 'Compared with the real one',
  'debrief.notCompared': 'not compared',
  'debrief.notApplicable': 'none',
  'debrief.percent': '{percent}%',
  'debrief.days': 'Days run',
  'debrief.takedownDay': 'Day of the takedown',
  'debrief.admissible': 'Evidence admissible',
  'debrief.handsets': 'Handsets handed out',
  'debrief.handsetsActive': 'Handsets in use at the end',
  'debrief.syndicates': 'Syndicates reached',
  'debrief.countries': 'Countries reached',
  'debrief.messages': 'Messages intercepted',
  'debrief.messagesAnalysed': 'Messages read by analysts',
  'debrief.arrests': 'Arrests',
  'debrief.convictions': 'Expected convictions',
  'debrief.dismantled': 'Syndicates dismantled',
  'debrief.cocaine': 'Cocaine seized (kg)',
  'debrief.otherDrugs': 'Other drugs seized (kg)',
  'debrief.guns': 'Guns seized',
  'debrief.cash': 'Cash and assets seized',
  'debrief.threatsDetected': 'Threats to kill read',
  'debrief.threatsActedOn': 'Threats acted on',
  'debrief.livesLost': 'Lives lost',
  'debrief.leak': 'Leak',
  'debrief.noLeak': 'never',
  'debrief.leakDay': 'day {day}',
  'debrief.score': 'Score (full-scale points)',

  // The map (src/view/phaser/map, src/view/ui/map).
  'map.label': 'Map of the criminal network',
  'map.help':
    'Arrow keys move the map; plus and minus zoom; 0 shows everything. N and P step through the syndicates; Enter opens the case file of the one marked; Escape clears the selection.',
  'map.controls': 'Map controls',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.reset': 'Show everything',
  'map.previous': 'Previous syndicate',
  'map.next': 'Next syndicate',
  'map.view': 'Map view',
  'map.view.world': 'World',
  'map.view.members': 'Members',
  'map.view.all': 'Whole network',
  'map.syndicate': 'the {family} syndicate (no. {number})',
  'map.cursor':
    'Marked: {syndicate}, {country}. {members} members, {handsets} using the handset. Press Enter to open its case file.',
  'map.legend.heading': 'Key',
  'map.legend.show': 'Show the key',
  'map.legend.hide': 'Hide the key',
  'map.legend.roles': 'Roles',
  'map.legend.boss': 'Boss',
  'map.legend.lieutenant': 'Lieutenant',
  'map.legend.broker': 'Broker',
  'map.legend.launderer': 'Launderer',
  'map.legend.enforcer': 'Enforcer',
  'map.legend.courier': 'Courier or soldier',
  'map.legend.people': 'People',
  'map.legend.handset': 'Uses the handset',
  'map.legend.dark': 'Went dark',
  'map.legend.none': 'No handset',
  'map.legend.evidence': 'Evidence read',
  'map.legend.rumour': 'Heard the leak rumour',
  'map.legend.selected': 'Selected syndicate',
  'map.legend.marker': 'Syndicate: size shows members, blue share handsets',
} as const;

export type StringKey = keyof typeof en;

/** The shape every language must have: the same keys as English, any text. */
export type Catalogue = { readonly [K in StringKey]: string };

let active: Catalogue = en;

/** Switch the language used by `t` (e.g. before mounting the UI). */
export function setCatalogue(catalogue: Catalogue): void {
  active = catalogue;
}

/** The text for `key` in the active language, with `{name}` placeholders filled from `params`. */
export function t(key: StringKey, params?: Readonly<Record<string, string | number>>): string {
  const text = active[key];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
