import { BUILT_IN_SCENARIOS, type Scenario } from '../../src/sim';

const classroom = BUILT_IN_SCENARIOS.classroom;

/** A teacher's edit of the classroom scenario: renamed, a likelier leak, a fixed class seed. */
export const weekThree: Scenario = {
  ...classroom,
  id: 'week-3',
  name: 'Week 3: a faster leak',
  summary: 'The classroom network, with a leak twice as likely and a fixed seed for the class.',
  risk: { ...classroom.risk, leakBase: classroom.risk.leakBase * 2 },
  seed: 1234,
};
