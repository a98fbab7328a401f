/**
 * Reading a service's resource settings as Compose compares them: counts (`scale`, `deploy.replicas`), CPUs,
 * byte sizes and pids limits, in the short form (`mem_limit`) and the `deploy.resources` form. A value holding
 * `${…}` or one that does not parse is unknown (undefined): rules stay silent about it.
 */
import { parseByteSize } from '../../knowledge/compose';
import { asInteger, isInterpolated, isRecord, type Path, type ServiceView } from './compose-services';

export type ValueKind = 'count' | 'cpus' | 'bytes';

export interface ResourceValue {
  /** Parsed: a count, a number of CPUs, or bytes. */
  amount: number;
  /** As written, for messages. */
  text: string;
  /** Path from the document root. */
  path: Path;
}

/** The plain value at a path below the service (`['deploy', 'resources', 'limits', 'memory']`). */
export function serviceValueAt(service: ServiceView, keys: readonly string[]): unknown {
  let current: unknown = service.value;
  for (const key of keys) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

function parse(value: unknown, kind: ValueKind): number | undefined {
  if (value === undefined || value === null || isInterpolated(value)) return undefined;
  if (kind === 'count') return asInteger(value);
  if (kind === 'cpus') {
    if (typeof value === 'number') return value;
    return typeof value === 'string' && /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(value.trim()) ? Number(value) : undefined;
  }
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.trunc(value) : undefined;
  return typeof value === 'string' ? parseByteSize(value) : undefined;
}

/** A resource setting of the service, parsed, or undefined when absent or unknown. */
export function resourceAt(service: ServiceView, keys: readonly string[], kind: ValueKind): ResourceValue | undefined {
  const value = serviceValueAt(service, keys);
  const amount = parse(value, kind);
  if (amount === undefined) return undefined;
  return { amount, text: String(value), path: [...service.path, ...keys] };
}

/** A `key: value` pair for a message: `` `mem_limit: 512m` ``. */
export function setting(keys: readonly string[], value: ResourceValue): string {
  return `\`${keys.join('.')}: ${value.text}\``;
}
