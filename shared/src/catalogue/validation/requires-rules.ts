import { isCatalogueCode } from '../formats.js';
import type { CodeIndex } from './code-index.js';
import { asList, fieldOf } from './json-value.js';
import type { Problems } from './problems.js';

/** Service code → the codes it requires on their own (its single-member `requires` groups). */
type RequirementGraph = ReadonlyMap<string, readonly string[]>;

/**
 * A single-member group is a hard dependency; a chain of them that comes back to its start means a
 * service can only be selected together with itself first. Groups with alternatives never force a
 * cycle, so only single-member groups form the graph. Each cycle is reported once, at the
 * `requires` of its first service in document order, naming the whole chain.
 */
export function checkRequireCycles(services: CodeIndex, problems: Problems): void {
  const graph = requirementGraph(services);
  for (const cycle of findCycles(graph)) {
    const chain = startAtFirst(cycle, services);
    const start = services.get(chain[0]);
    if (start === undefined) continue;
    problems.report(['services', start.index, 'requires'], 'REQUIRES_CYCLE', {
      service: chain[0],
      chain: chain.join(' → '),
    });
  }
}

/**
 * A service cannot require on its own a service it excludes (or that excludes it, exclusions being
 * symmetric): it could then never be selected in a valid configuration.
 */
export function checkRequiredButExcluded(services: CodeIndex, problems: Problems): void {
  for (const [code, { index, entry }] of services) {
    asList(entry.requires).forEach((group, g) => {
      const members = asList(group);
      const required = members[0];
      if (members.length !== 1 || !isCatalogueCode(required) || required === code) return;
      const forward = excludes(entry, required);
      if (!forward && !excludes(services.get(required)?.entry, code)) return;
      const reason = forward ? 'REQUIRES_EXCLUDED_SERVICE' : 'REQUIRES_EXCLUDING_SERVICE';
      problems.report(['services', index, 'requires', g, 0], reason, { service: code, required });
    });
  }
}

function excludes(service: unknown, code: string): boolean {
  return asList(fieldOf(service, 'excludes')).includes(code);
}

function requirementGraph(services: CodeIndex): RequirementGraph {
  const graph = new Map<string, string[]>();
  for (const [code, { entry }] of services) {
    const single = asList(entry.requires)
      .map(asList)
      .filter((group) => group.length === 1)
      .map((group) => group[0])
      .filter((member): member is string => typeof member === 'string' && services.has(member));
    graph.set(code, single);
  }
  return graph;
}

/** One closed chain [a, b, …, a] per back edge of a depth-first search in document order. */
function findCycles(graph: RequirementGraph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  for (const root of graph.keys()) {
    if (!state.has(root)) walkFrom(root, graph, state, cycles);
  }
  return cycles;
}

// Iterative rather than recursive, so that a long chain in a hostile document cannot overflow the stack.
function walkFrom(
  root: string,
  graph: RequirementGraph,
  state: Map<string, 'open' | 'done'>,
  cycles: string[][],
): void {
  const path = [root];
  const nextEdge = [0];
  state.set(root, 'open');
  while (path.length > 0) {
    const code = path[path.length - 1];
    const successors = graph.get(code) ?? [];
    const edge = nextEdge[nextEdge.length - 1]++;
    if (edge >= successors.length) {
      state.set(code, 'done');
      path.pop();
      nextEdge.pop();
      continue;
    }
    const target = successors[edge];
    if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target]);
    if (state.has(target)) continue;
    state.set(target, 'open');
    path.push(target);
    nextEdge.push(0);
  }
}

/** Rotates a closed chain to start (and end) at its member that comes first in the document. */
function startAtFirst(cycle: readonly string[], services: CodeIndex): string[] {
  const members = cycle.slice(0, -1);
  const position = (code: string): number => services.get(code)?.index ?? Number.MAX_SAFE_INTEGER;
  let first = 0;
  members.forEach((code, i) => {
    if (position(code) < position(members[first])) first = i;
  });
  const rotated = [...members.slice(first), ...members.slice(0, first)];
  return [...rotated, rotated[0]];
}
