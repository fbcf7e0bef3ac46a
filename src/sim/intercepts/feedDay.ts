import { randomActiveHolder } from '../activity/criminalEvents';
import type { SimState } from '../model/state';
import { chance, nextInt, type RngState } from '../random/rng';
import { rumourGoingRound } from '../risk/leakAndRumour';
import type { FeedMessage, MessageCategory } from './feed';
import { pickRecipient } from './recipients';

/** Everyday messages sampled per day: from MIN with a handful of handsets up to MAX at FULL_AT active handsets. */
const SAMPLE_MIN = 8;
const SAMPLE_MAX = 25;
const SAMPLE_FULL_AT = 3000;
/** Share of the everyday sample that is meetings and logistics; the rest is noise. */
const MEETING_SHARE = 0.3;
/** How much likelier a sampled logistics message is incriminating than the average message of that role. */
const LOGISTICS_ENRICHMENT = 40;
const LOGISTICS_INCRIMINATING_MAX = 0.8;
/** Analysts flag innocent traffic too, now and then: a flag is a lead, not proof. */
const FALSE_FLAG_RATE = 0.08;
/** Share of the sample drawn from the syndicates the analysts focus on, when there are any. */
const FOCUS_SAMPLE_SHARE = 0.5;

/** Days between idle rumours about the phone when nobody is really onto it: gossip is constant. */
const IDLE_RUMOUR_EVERY_DAYS = 60;
/** Rumours a day once doubt has started, more each week until the leak. */
const RUMOURS_FIRST_WEEK = 1;
const RUMOURS_MORE_EACH_WEEK = 1;

const EVENT_CATEGORY = { shipment: 'shipment', laundering: 'money', weapons: 'weapons' } as const;

/**
 * Today's intercepts for the inbox: one flagged message for every event and threat
 * analysts detected today, then a bounded sample of everyday traffic between holders.
 * Draws only from the 'feed' stream, so the rest of the model runs exactly as without it.
 */
export function feedDay(
  state: SimState,
  coverage: Float64Array,
  firstEvent: number,
  firstThreat: number,
): void {
  const rng = state.rng.feed;
  for (let i = firstEvent; i < state.events.length; i++) {
    const event = state.events[i];
    if (event.detected) addEventMessage(state, EVENT_CATEGORY[event.kind], i, event.sender, rng);
  }
  for (let i = firstThreat; i < state.threats.length; i++) {
    const threat = state.threats[i];
    if (threat.detected) addEventMessage(state, 'threat', i, threat.sender, rng);
  }
  sampleEverydayTraffic(state, coverage, rng);
  rumourMessages(state, rng);
}

/**
 * Talk that the phone is police. Analysts flag every one (they watch for talk about the platform).
 * Now and then it is idle gossip; once real doubt has started (leakAndRumour.ts) it comes daily and
 * grows until the leak, so a reader who counts them sees the exposure coming.
 */
function rumourMessages(state: SimState, rng: RngState): void {
  if (state.activeHandsets < 2 || state.leakDay >= 0) return;
  let count = chance(rng, 1 / IDLE_RUMOUR_EVERY_DAYS) ? 1 : 0;
  if (rumourGoingRound(state)) {
    const weeks = Math.floor((state.day - state.warningDay) / 7);
    count += RUMOURS_FIRST_WEEK + RUMOURS_MORE_EACH_WEEK * weeks;
  }
  for (let n = 0; n < count; n++) {
    const sender = randomActiveHolder(state, rng);
    if (sender < 0) return;
    push(state, {
      day: state.day,
      sender,
      recipient: pickRecipient(state, sender, false, rng),
      category: 'rumour',
      event: -1,
      flagged: true,
      incriminating: false,
      implicatesRecipient: false,
    });
  }
}

export function everydaySampleSize(activeHandsets: number, messagesPerDeviceDay: number): number {
  if (activeHandsets < 2) return 0;
  const scaled =
    SAMPLE_MIN + (SAMPLE_MAX - SAMPLE_MIN) * Math.sqrt(Math.min(1, activeHandsets / SAMPLE_FULL_AT));
  return Math.min(Math.round(scaled), Math.ceil(activeHandsets * messagesPerDeviceDay));
}

function addEventMessage(
  state: SimState,
  category: MessageCategory,
  event: number,
  sender: number,
  rng: RngState,
): void {
  const recipient = pickRecipient(state, sender, true, rng);
  const implicatesRecipient =
    recipient >= 0 && state.net.syndicateOf[recipient] === state.net.syndicateOf[sender];
  push(state, {
    day: state.day,
    sender,
    recipient,
    category,
    event,
    flagged: true,
    incriminating: true,
    implicatesRecipient,
  });
}

function sampleEverydayTraffic(state: SimState, coverage: Float64Array, rng: RngState): void {
  const { net, tables } = state;
  const size = everydaySampleSize(state.activeHandsets, state.scenario.activity.messagesPerDeviceDay);
  const focused = size > 0 ? focusedHolders(state) : [];
  for (let n = 0; n < size; n++) {
    const fromFocus = focused.length > 0 && chance(rng, FOCUS_SAMPLE_SHARE);
    const sender = fromFocus ? focused[nextInt(rng, focused.length)] : randomActiveHolder(state, rng);
    if (sender < 0) return;
    const recipient = pickRecipient(state, sender, false, rng);
    if (recipient < 0) continue;
    const syndicate = net.syndicateOf[sender];
    const meeting = chance(rng, MEETING_SHARE);
    const share = tables.incriminatingShare[net.role[sender]] * LOGISTICS_ENRICHMENT;
    const incriminating = meeting && chance(rng, Math.min(LOGISTICS_INCRIMINATING_MAX, share));
    const flagChance = coverage[syndicate] * (incriminating ? 1 : FALSE_FLAG_RATE);
    push(state, {
      day: state.day,
      sender,
      recipient,
      category: meeting ? 'meeting' : 'noise',
      event: -1,
      flagged: chance(rng, flagChance),
      incriminating,
      implicatesRecipient: incriminating && net.syndicateOf[recipient] === syndicate,
    });
  }
}

/** Active holders in the syndicates the analysts focus on. */
function focusedHolders(state: SimState): number[] {
  if (state.analystFocus.length === 0) return [];
  const { net } = state;
  const inFocus = new Uint8Array(net.syndicateCount);
  for (const s of state.analystFocus) inFocus[s] = 1;
  const people: number[] = [];
  for (let i = 0; i < state.holderCount; i++) {
    const p = state.holders[i];
    if (inFocus[net.syndicateOf[p]] && state.darkDay[p] < 0 && state.arrestedDay[p] < 0) people.push(p);
  }
  return people;
}

/** Kinds of message the scenario does not show are drawn all the same, so the rest of the feed is unchanged. */
function push(state: SimState, message: Omit<FeedMessage, 'id' | 'language'>): void {
  if (!state.scenario.messages.categories.includes(message.category)) return;
  const { net } = state;
  const language = net.countries[net.countryOf[message.sender]].language;
  state.feed.push({ id: state.feed.length, ...message, language });
}
