/** The teacher guide (src/view/ui/guide): a 45-minute lesson plan, discussion notes, facts, content note. */
export const guideStrings = {
  'guide.intro':
    'Backchannel is a browser game about a covert police investigation, modelled on a real operation that ended in 2021. Students run an invented task force. This guide plans one 45-minute lesson around it: what to say, when to play, and how to run the discussion afterwards.',
  'guide.print': 'Print this guide',
  'guide.printHint': 'It prints on A4 paper without the buttons.',

  'guide.glanceHeading': 'At a glance',
  'guide.glance.age': 'Age',
  'guide.glance.ageValue': '14 and over (see the content note)',
  'guide.glance.time': 'Time',
  'guide.glance.timeValue': 'One 45-minute lesson',
  'guide.glance.grouping': 'Grouping',
  'guide.glance.groupingValue': 'Pairs, one computer per pair, plus a projector for you',
  'guide.glance.needs': 'Needs',
  'guide.glance.needsValue':
    'A web browser. Nothing to install, no accounts; games are saved only in the browser that played them.',

  'guide.storyHeading': 'The story to tell',
  'guide.story.reveal':
    'In June 2021 police in many countries made hundreds of arrests within a few days, then revealed a secret. For nearly three years the FBI and Australian police had been behind ANOM, a phone sold to organised crime as a safe, “encrypted” way to message. Every message sent on it had been copied to investigators.',
  'guide.story.spread':
    'Nobody could just buy one. An ANOM phone could only message other ANOM phones, and people got one through a criminal contact who vouched for them. Informants handed out the first phones; demand jumped when police shut down rival encrypted networks and their users needed a replacement.',
  'guide.story.game':
    'In the game students play that task force, with an invented network. They decide who gets the first handsets, read what they can, protect people named in threats to kill, and choose the day to act before the secret leaks.',

  'guide.goalsHeading': 'Learning goals',
  'guide.goalsIntro': 'By the end of the lesson students can:',
  'guide.goal.operation':
    'explain how the real operation worked: police ran a phone network for criminals and read its messages;',
  'guide.goal.network':
    'describe how something spreads through a network of trust, and why people who link groups matter most;',
  'guide.goal.tradeoff':
    'weigh evidence against risk: waiting gathers more evidence, but makes a leak likelier and leaves threats open;',
  'guide.goal.ethics':
    'argue both sides of mass interception and of police running a platform, including the privacy of people never charged;',
  'guide.goal.model': 'compare a model’s results with real figures, and say what the model leaves out.',

  'guide.flowHeading': 'How a game runs',
  'guide.flowIntro':
    'Students meet these screens in order. It helps to have clicked through them once yourself.',
  'guide.flow.choose':
    'Choose an operation: one of the built-in scenarios, or one you shared with the class as a link.',
  'guide.flow.briefing':
    'Briefing: the goal, the officers available, the day the legal authorisation to intercept ends, what each of the five choices trades, and the keyboard controls.',
  'guide.flow.seeding':
    'First contacts: the informant can approach a few people. Each card says how far that person reaches and what handing them a handset risks or opens; students pick who gets the first handsets.',
  'guide.flow.room':
    'Operation room: a world map of the network as the handset spreads, an inbox of intercepted messages to read and tag as evidence, threats to kill to answer, the analysts’ focus, early raids, more handsets to hand out, and the speed controls (pause, 1×, 2×, 4×).',
  'guide.flow.takedown':
    'Takedown planning: choose the countries and the number of officers for one coordinated day of action.',
  'guide.flow.debrief':
    'Debrief: the score and how it is made, the run beside the real operation, the arrests against a computed set of key players, what-if replays, the discussion questions, and a result to export.',

  'guide.choicesHeading': 'The five choices, and what each trades',
  'guide.choicesIntro':
    'No choice in the game is right every time: each buys something and costs something, and the briefing names the trade in one sentence. Ask pairs to say what they are trading before they choose; the debrief shows what it did.',
  'guide.choice.seeding':
    'Seeding, growth against exposure: a handset given to a well-connected contact spreads fast, and every holder is someone who could give the secret away. A few wary go-betweens are the only way into closed syndicates, and take a handset only from the informant; some syndicates have a corrupt police contact, which brings the leak sooner.',
  'guide.choice.reading':
    'Reading, volume against proof: analysts read thousands of messages and their volume convicts couriers and soldiers, who talk plainly. Bosses and lieutenants talk in code, so only the messages students read and tag themselves, on a few reading hours a day, convict them; the case file shows what their reading bought.',
  'guide.choice.threats':
    'Threats to kill, lives against the secret: open protection is sure but loud, a cover story usually works and is quiet, and doing nothing risks a life.',
  'guide.choice.timing':
    'Timing, evidence against exposure: each day of waiting adds evidence and brings a leak closer. Rumours that the phone is police turn up in the intercepts days to weeks before a leak, so a pair who reads them can act in time.',
  'guide.choice.targets':
    'Targets, depth against breadth: there are officers for one team per arrest, not for everyone, so pairs choose between the people who hold syndicates together and as many strong cases as possible.',

  'guide.planHeading': 'The 45-minute lesson',
  'guide.planCaption': 'Lesson plan: what you and the students do at each stage',
  'guide.plan.time': 'Minutes',
  'guide.plan.minutes': '{from}–{to}',
  'guide.plan.stage': 'Stage',
  'guide.plan.teacher': 'You',
  'guide.plan.students': 'Students',
  'guide.plan.introduce': 'Introduce',
  'guide.plan.introduceTeacher':
    'Tell the real story in two minutes (see “The story to tell”). Show the title screen on the projector and set the scene: “You run the task force. You will decide who gets the phones, what to read, whom to protect and when to act.” Give the content note. Put students in pairs: one drives, one keeps notes of each decision and why; they swap at the takedown.',
  'guide.plan.introduceStudents':
    'Open the game, press Start, choose the {classroom} operation and read the briefing together.',
  'guide.plan.seed': 'First contacts',
  'guide.plan.seedTeacher':
    'Walk round and ask pairs why they chose their contacts. Do not give the answer: the debrief shows them what their choice did.',
  'guide.plan.seedStudents':
    'Choose the informant’s first contacts and hand out the handsets. The clock starts paused.',
  'guide.plan.play': 'Operation room',
  'guide.plan.playTeacher':
    'Remind pairs that only evidence an analyst has read counts, and that the authorisation ends on a set day. When a threat to kill arrives the clock stops: ask the pair to agree before they choose. At about minute 28, tell pairs who have not acted to plan their takedown.',
  'guide.plan.playStudents':
    'Run the clock, read and tag intercepts, answer threats to kill, set the analysts’ focus, and decide when to act.',
  'guide.plan.takedown': 'Takedown',
  'guide.plan.takedownTeacher':
    'Ask pairs to write down their takedown day and their reason before they launch.',
  'guide.plan.takedownStudents':
    'Choose countries and officers, launch the day of action, and open the debrief.',
  'guide.plan.debrief': 'Debrief and discussion',
  'guide.plan.debriefTeacher':
    'Ask two or three pairs for their score, their takedown day and the lives lost. Show the real figures below on the projector. Discuss two of the questions below, then close with what the game leaves out.',
  'guide.plan.debriefStudents':
    'Read their debrief: the score, the comparison with the real operation, the what-ifs. Export the result if you will use the class review.',

  'guide.scenariosHeading': 'Which scenario and speed',
  'guide.scenariosCaption': 'The built-in scenarios',
  'guide.scenarios.name': 'Scenario',
  'guide.scenarios.size': 'Size',
  'guide.scenarios.time': 'Playing time',
  'guide.scenarios.use': 'Use it for',
  'guide.scenarios.classroomTime': '20–30 minutes',
  'guide.scenarios.classroomUse': 'The lesson: the whole story at a quarter of the real size.',
  'guide.scenarios.workshopTime': 'About 5 minutes',
  'guide.scenarios.workshopUse':
    'A demonstration on the projector, a short workshop, or a student who would rather not play the full game.',
  'guide.scenarios.fullTime': '30 minutes or more',
  'guide.scenarios.fullUse': 'Homework, a club or a second lesson; it needs a reasonably fast computer.',
  'guide.speed':
    'Start at 1×. The clock stops by itself for threats to kill, a leak and the end of the authorisation, so nobody misses a decision. Pairs who are ahead can go to 2× or 4×, pairs who want more time to ½×; the keys H, 1, 2 and 4 change speed and Space pauses. For no time pressure at all, students choose “In turns” on the briefing (or the scenario editor starts everyone in turns): the days move on only when they press Next day, Next week or Next event (keys D, W, E), and alerts still stop them.',

  'guide.beforeHeading': 'Before the lesson',
  'guide.before.check':
    'Open the game on a student computer and play a few minutes of the {workshop} scenario, so you have seen every screen.',
  'guide.before.offline':
    'Once a computer has opened the game it also works without a connection. For computers with no network at all, use the single-file copy, backchannel.html, from a shared drive or a USB stick: it opens with a double click. (Whoever installed the game makes it with npm run build; a copy served from a website offers it here.)',
  'guide.before.download': 'Download the single-file copy (backchannel.html, about 1.6 MB).',
  'guide.before.pagesIntro': 'Three more pages for teachers, also reached from the title screen:',
  'guide.before.editor':
    'Change a scenario (size, countries, how fast the handset spreads, when the authorisation ends) and share it with the class as a link or QR code.',
  'guide.before.review':
    'Collect the results pairs export at the end of their debrief, as files or codes, and compare the whole class in one table and chart.',
  'guide.before.presenter':
    'Let the game play itself on the projector, with captions at key moments, while you explain: useful for the introduction or a workshop.',

  'guide.questionsHeading': 'Discussion questions',
  'guide.questionsIntro':
    'The debrief asks each pair the first four questions with their own numbers. Here they are in general form, with what a good answer considers. Choose two for the class; the rest make good homework.',
  'guide.questionNotes': 'A good answer considers:',
  'guide.q.privacy':
    'The analysts read the messages of many people who were never charged with anything. Was it right to read them, and what should that count for?',
  'guide.note.privacy':
    'Mass interception against a targeted warrant; bystanders whose messages were read too; whether the seriousness of the crimes makes reading everyone proportionate; who checks what happens to the messages kept. The score counts these people at zero on purpose: ask what they should cost.',
  'guide.q.entrapment':
    'The police built the phone and, through an informant, sold it to criminals. Is that catching crime, or helping it happen?',
  'guide.note.entrapment':
    'The line between offering a tool and encouraging a crime; whether the state should run a service for criminals at all; what if someone innocent had bought one; informants are often paid or hoping for leniency, so can their part be trusted?',
  'guide.q.admissibility':
    'The messages passed through a server in another country, under a permission that ended on a set date. Should evidence gathered this way count in court in every country involved?',
  'guide.note.admissibility':
    'Each country has its own rules for interception, and a tool run from abroad may skip them; rules on evidence protect the innocent as well as the guilty; in the game, acting after the authorisation ends makes every piece of evidence worthless. Is real law that simple?',
  'guide.q.threats':
    'Threats to kill came in. Acting on one protects a life but risks exposing the whole operation. Was acting on each threat worth that risk?',
  'guide.note.threats':
    'A life at risk now against the arrests the secret could bring later; who decides, and who answers for a death; cover stories lower the risk but do not remove it; the debrief’s “Every threat acted on” replay shows the cost in the pair’s own game. In the real case, Australian police stepped in on {count} of them (see the facts below).',
  'guide.q.model': 'What does the game leave out, and would it change your decisions if it were in?',
  'guide.note.model':
    'Real people behind the dots: families, victims, officers; mistakes, such as arrests resting on wrongly tagged evidence (the debrief counts them); what happened after the takedown. Ask for one thing the score should include, and how they would weigh it.',

  'guide.factsHeading': 'The real operation: facts and sources',
  'guide.factsIntro':
    'Use these when pairs compare their debrief with the real operation. The debrief scales a smaller scenario’s results up to the real size before comparing.',
  'guide.factsCaption': 'The real operation’s figures, with where each comes from',
  'guide.facts.figure': 'Figure',
  'guide.facts.value': 'Real operation',
  'guide.facts.world': 'Worldwide',
  'guide.facts.australia': 'Australia',
  'guide.facts.newZealand': 'New Zealand',
  'guide.facts.whole': 'Over the whole operation',
  'guide.facts.handsets': 'Handsets in use',
  'guide.facts.syndicates': 'Criminal syndicates using them',
  'guide.facts.countries': 'Countries',
  'guide.facts.arrests': 'Arrests',
  'guide.facts.cocaine': 'Cocaine seized',
  'guide.facts.guns': 'Guns seized',
  'guide.facts.cash': 'Cash and cryptocurrency seized',
  'guide.facts.officers': 'Police officers involved',
  'guide.facts.drugs': 'Drugs seized',
  'guide.facts.cashAssets': 'Cash and assets seized',
  'guide.facts.threatsActedOn': 'Threats to kill acted on',
  'guide.facts.assets': 'Assets seized',
  'guide.facts.messages': 'Messages collected',
  'guide.facts.days': 'Length',
  'guide.facts.activeAtShutdown': 'Handsets active at the shutdown',
  'guide.facts.threatsToLife': 'Threats to life reported',
  'guide.facts.about': 'about {n}',
  'guide.facts.moreThan': 'more than {n}',
  'guide.facts.tonnes': '{n} tonnes',
  'guide.facts.daysValue': 'about {n} days, October 2018 to June 2021',

  'guide.simplifiesHeading': 'What the game simplifies',
  'guide.simplifies.model':
    'It is a model, not a record. Simple rules with chance in them produce the numbers, tuned so that a run played like the real operation lands near the real totals. Another seed tells another story.',
  'guide.simplifies.invented':
    'The network and everyone in it are invented: people, handles, syndicates and messages. The countries are real, as in the operation, but which groups sit where is made up.',
  'guide.simplifies.scale':
    'Years of work by many agencies become one player, an analyst budget and one day of action. Trials and sentences are left out: an arrest backed by enough read evidence counts as a likely conviction.',
  'guide.simplifies.law':
    'The law is one rule: evidence counts only until the authorisation ends. In real cases, lawyers challenged how the evidence was gathered and which country’s law applied.',
  'guide.simplifies.score':
    'The score puts numbers on things that are hard to weigh, such as a life or a person read but never charged. Ask students whether they agree with its weights.',

  'guide.contentHeading': 'Content note',
  'guide.content.themes':
    'The game is about organised crime: drugs, weapons, money laundering and threats to kill. These appear in plain words in intercepted messages and notices, such as a report that a threatened person was killed. Nothing violent is ever shown.',
  'guide.content.invented':
    'All names, handles, groups and messages are invented. No real person is a character in the game.',
  'guide.content.age':
    'Suggested for ages 14 and over. Some students may have experience of crime, or of being watched by police: tell the class beforehand what the game is about, and let anyone who prefers play the short {workshop} scenario or take the note-keeper’s role.',
  'guide.content.discussion':
    'Keep the discussion on the choices and methods, not on people in the class or in the news.',
} as const;
