// "Did you mean …?" for unknown keys: known misplacements first, then spelling.
import { mappingOptions } from './resolve';
import { serviceNode } from './spec';
import type { ComposeNode, MappingNode } from './types';

/** Service keys people write that Compose spells differently. */
const SERVICE_ALIASES: Readonly<Record<string, string>> = {
  env: 'environment',
  envs: 'environment',
  environments: 'environment',
  envfile: 'env_file',
  environment_file: 'env_file',
  port: 'ports',
  volume: 'volumes',
  network: 'networks',
  secret: 'secrets',
  config: 'configs',
  label: 'labels',
  depend_on: 'depends_on',
  dependson: 'depends_on',
  cmd: 'command',
  workdir: 'working_dir',
  work_dir: 'working_dir',
  workingdir: 'working_dir',
  memory: 'mem_limit',
  mem: 'mem_limit',
  memory_limit: 'mem_limit',
  cpu: 'cpus',
  health_check: 'healthcheck',
  restart_policy: 'deploy.restart_policy',
};

/** Sections of a service whose keys are often written one level too high. */
const SERVICE_SUBSECTIONS = ['deploy', 'build', 'healthcheck'] as const;

function normalize(key: string): string {
  return key.toLowerCase().replace(/-/g, '_');
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 0; i < rows; i++) d[i]![0] = i;
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** How far a key of this length may be from its suggestion. */
function maxDistance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  return 2;
}

/** The nearest of `candidates` to `key` by spelling, or undefined. */
export function nearestName(key: string, candidates: readonly string[]): string | undefined {
  const wanted = normalize(key);
  const exact = candidates.find((c) => normalize(c) === wanted);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = maxDistance(wanted.length);
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalize(candidate));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best) return best;
  if (wanted.length >= 3) {
    const prefixed = candidates.filter((c) => normalize(c).startsWith(wanted));
    prefixed.sort((x, y) => x.length - y.length);
    return prefixed[0];
  }
  return undefined;
}

function propertyNames(node: ComposeNode): string[] {
  const names: string[] = [];
  for (const mapping of mappingOptions(node)) {
    for (const [name, def] of Object.entries(mapping.properties)) {
      if (!def.deprecated) names.push(name);
    }
  }
  return names;
}

/** The suggestion for an unknown key in a mapping node (a key name, or a dotted path to move it to). */
export function suggestForMapping(mapping: MappingNode | ComposeNode, unknownKey: string): string | undefined {
  const candidates = propertyNames(mapping);
  const isService = mappingOptions(mapping).includes(serviceNode);
  if (isService) {
    const alias = SERVICE_ALIASES[normalize(unknownKey)];
    if (alias) return alias;
  }
  const spelled = nearestName(unknownKey, candidates);
  if (spelled) return spelled;
  if (isService) {
    for (const section of SERVICE_SUBSECTIONS) {
      const sectionDef = serviceNode.properties[section];
      if (!sectionDef) continue;
      const inner = nearestName(unknownKey, propertyNames(sectionDef.node).filter((n) => normalize(n) === normalize(unknownKey)));
      if (inner) return `${section}.${inner}`;
    }
  }
  return undefined;
}
