import Graph from 'graphology';
import type { SimState } from '../src/sim';
import { ROLES, type Role } from '../src/sim/model/roles';
import { nextFloat, type RngState } from '../src/sim/random/rng';
import { shockFactor, spreadProbability } from '../src/sim/spread/spreadProbability';

/*
 * The same spread model written the plain way over graphology's API: people are
 * nodes with attributes, ties are edges with a weight, and each day every person who
 * could still adopt walks their neighbours with forEachNeighbor. Same formula
 * (spreadProbability), same seeded stream, people visited in the same order, so from
 * the same state it should pick the same adopters as spreadDay.
 */

export interface PersonAttributes {
  role: Role;
  adoptedDay: number;
  darkDay: number;
  rumourDay: number;
  arrestedDay: number;
}

export interface TieAttributes {
  weight: number;
}

export type SpreadGraph = Graph<PersonAttributes, TieAttributes>;

/** A graphology copy of the state's people and ties (node keys are the person numbers). */
export function buildGraph(state: SimState): SpreadGraph {
  const { net } = state;
  const graph: SpreadGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let v = 0; v < net.size; v++) {
    graph.addNode(String(v), {
      role: ROLES[net.role[v]],
      adoptedDay: state.adoptedDay[v],
      darkDay: state.darkDay[v],
      rumourDay: state.rumourDay[v],
      arrestedDay: state.arrestedDay[v],
    });
  }
  for (let v = 0; v < net.size; v++) {
    for (let k = net.offsets[v]; k < net.offsets[v + 1]; k++) {
      const u = net.neighbors[k];
      if (v < u) graph.addEdge(String(v), String(u), { weight: net.weights[k] });
    }
  }
  return graph;
}

function isActiveHolder(person: PersonAttributes): boolean {
  return person.adoptedDay >= 0 && person.darkDay < 0 && person.arrestedDay < 0;
}

/** One day of adoption on the graph; marks and returns today's adopters. */
export function graphologySpreadDay(
  graph: SpreadGraph,
  state: SimState,
  day: number,
  rng: RngState,
): string[] {
  const { beta, gamma, susceptibility, shocks } = state.scenario.spread;
  const shock = shockFactor(shocks, day);
  const adopters: string[] = [];
  graph.forEachNode((person, attributes) => {
    if (attributes.adoptedDay >= 0 || attributes.rumourDay >= 0 || attributes.arrestedDay >= 0) return;
    let pressure = 0;
    let activeContacts = 0;
    graph.forEachNeighbor(person, (contact, contactAttributes) => {
      if (!isActiveHolder(contactAttributes)) return;
      pressure += graph.getEdgeAttribute(person, contact, 'weight');
      activeContacts++;
    });
    if (activeContacts === 0) return;
    const contactShare = activeContacts / graph.degree(person);
    const p = spreadProbability(beta, susceptibility[attributes.role], pressure, gamma, contactShare, shock);
    if (nextFloat(rng) < p) adopters.push(person);
  });
  for (const person of adopters) graph.setNodeAttribute(person, 'adoptedDay', day);
  return adopters;
}

/** Takes today's adopters back off the graph, so the next repetition does the same work. */
export function undoAdoptions(graph: SpreadGraph, adopters: readonly string[]): void {
  for (const person of adopters) graph.setNodeAttribute(person, 'adoptedDay', -1);
}
