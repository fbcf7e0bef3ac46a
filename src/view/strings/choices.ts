/**
 * What each of the player's choices trades, where the choice is made: the seeding cards, the
 * inbox's reading hours, the analysts' focus, the case file's proof against bosses, rumours that
 * the phone is police, and the briefing's summary of all five.
 */
export const choiceStrings = {
  // Seeding (the first contacts and the hand-out dialog).
  'seeding.tradeOff':
    'Seeding trades growth against exposure: every handset spreads the platform and the evidence further, and every holder could give the secret away.',
  'seed.adviceOrder':
    'In the order the analysts advise: widest reach first, trusted bridges higher, police contacts lower.',
  'seed.bridge.only': 'The only way into the {syndicate}: takes a handset only from you.',
  'seed.bridge.oneOf': 'One of only {ways} ways into the {syndicate}: takes a handset only from you.',
  'seed.bridge.onPlatform': 'A trusted bridge into the {syndicate}, which already has handsets.',
  'seed.policeContact':
    'Their syndicate has a police contact: the leak comes sooner once it is on the platform.',
  'seed.policeContactOnPlatform':
    'Their syndicate has a police contact, but it is on the platform already: this handset adds no new risk from it.',

  // Reading hours (the inbox, the reader, tagging).
  'inbox.budget': 'Reading hours: {hours} h — {reads} messages',
  'inbox.budgetDaily': '{perDay} h more each day, kept up to {cap} h.',
  'inbox.budgetFull': 'At the most that keeps ({cap} h): hours that come now go unused.',
  'inbox.budgetOut': 'None left: {perDay} h more come tomorrow.',
  'inbox.readingTrade':
    'Reading trades your hours for proof: analysts’ volume convicts the rank and file, but only your own reading convicts bosses and lieutenants, who talk in code.',
  'inbox.rumours': '{count} rumours this week that the phone is police.',
  'inbox.rumourOne': 'A rumour this week that the phone is police.',
  'inbox.statusUnread': 'Not read and filed by you yet: it counts for nothing until you do.',
  'inbox.noHours':
    'No reading hours left to read and file it: that takes {minutes} minutes, and {perDay} h come each day.',
  'inbox.readNow': 'Read and file it ({minutes} min)',
  'inbox.tagNeedsHours': 'Tagging reads the message first, and there are no reading hours left.',

  // The analysts' focus dialog.
  'analysts.decodes':
    'Focus also decodes some of the bosses’ talk there: analysts can use {focusedBoss} of what a focused syndicate’s boss writes (not {boss}) and {focusedLieutenant} of its lieutenants’ (not {lieutenant}).',

  // The case file: what the player's reading bought against bosses and lieutenants.
  'inbox.case.codedHeading': 'Bosses and lieutenants: proof from your reading',
  'inbox.case.coded':
    'They talk in code: analysts can use only {boss} of a boss’s talk and {lieutenant} of a lieutenant’s, so the proof against them is the messages you read and tag.',
  'inbox.case.codedMore': '{count} more lieutenants are not listed here.',
  'inbox.case.proof.some':
    'Your tags: {tags} of the {needed} a strong case needs; conviction chance {before}\u00a0→\u00a0{after}.',
  'inbox.case.proof.enough':
    'Your tags: {tags}, enough for a strong case; conviction chance {before}\u00a0→\u00a0{after}.',
  'inbox.case.proof.none':
    'No tags yet: analysts’ evidence gives {chance}; {needed} tags would make a strong case.',
  'inbox.case.proof.noHandset': 'No handset: nothing of theirs to read yet.',
  'inbox.case.proof.strongAlready': 'A strong case on analysts’ evidence alone ({chance}).',
  'inbox.case.proof.closed': 'Your tags: {tags}; conviction chance {before}\u00a0→\u00a0{after}.',
  'inbox.case.proof.closedNone': 'No tags: analysts’ evidence gave {chance}.',

  // The HUD's count of rumours read.
  'hud.rumours': '{count} rumours this week',
  'hud.rumourOne': '1 rumour this week',

  // The briefing: one sentence for each choice.
  'briefing.choicesHeading': 'Your choices, and what each trades',
  'briefing.choice.seedingLabel': 'Seeding',
  'briefing.choice.seeding':
    'growth against exposure: every holder spreads the handset, and could give the secret away.',
  'briefing.choice.readingLabel': 'Reading',
  'briefing.choice.reading':
    'volume against proof: analysts’ volume convicts the rank and file; only your reading convicts bosses.',
  'briefing.choice.threatsLabel': 'Threats to kill',
  'briefing.choice.threats':
    'lives against the secret: open protection raises suspicion (heat), a cover story less; doing nothing risks a life.',
  'briefing.choice.timingLabel': 'Timing',
  'briefing.choice.timing':
    'evidence against exposure: waiting adds both, and rumours that the phone is police come before a leak.',
  'briefing.choice.targetsLabel': 'Targets',
  'briefing.choice.targets':
    'depth against breadth: officers are too few for everyone, so teams go for key players or the most strong cases.',
} as const;
