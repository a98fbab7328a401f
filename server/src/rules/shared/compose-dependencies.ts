/**
 * The services a service depends on, as Compose derives them: `depends_on` (short and long form) plus the
 * implicit dependencies of `links`, `volumes_from` and `network_mode`/`ipc`/`pid: service:x`, each with the
 * offsets of the name that creates it.
 */
import { isRecord, keySpan, services, valueSpan, type Path, type ServiceView } from './compose-services';

export interface Dependency {
  from: ServiceView;
  to: string;
  via: 'depends_on' | 'links' | 'volumes_from' | 'network_mode' | 'ipc' | 'pid';
  /** Path of the node naming the dependency (a list item, a mapping key or a scalar). */
  path: Path;
  /** Offsets of the name (the whole scalar or key). */
  start: number;
  end: number;
  /** Long-form `required: false`. */
  optional: boolean;
}

function hasDollar(text: string): boolean {
  return text.includes('$');
}

/** Every dependency of every service of the file, in document order per service. */
export function dependencies(services_: ServiceView[]): Dependency[] {
  const out: Dependency[] = [];
  for (const from of services_) {
    const add = (to: string, via: Dependency['via'], path: Path, span: [number, number] | undefined, optional = false) => {
      if (to === '' || hasDollar(to) || !span) return;
      out.push({ from, to, via, path, start: span[0], end: span[1], optional });
    };
    const base = from.path;
    const dependsOn = from.value.depends_on;
    if (Array.isArray(dependsOn)) {
      dependsOn.forEach((d, i) => {
        if (typeof d === 'string') add(d, 'depends_on', [...base, 'depends_on', i], valueSpan(from.doc, [...base, 'depends_on', i]));
      });
    } else if (isRecord(dependsOn)) {
      for (const [name, spec] of Object.entries(dependsOn)) {
        const required = isRecord(spec) ? spec.required : undefined;
        const optional = required === false || (typeof required === 'string' && required.toLowerCase() === 'false');
        add(name, 'depends_on', [...base, 'depends_on', name], keySpan(from.doc, [...base, 'depends_on', name]), optional);
      }
    }
    for (const via of ['links', 'volumes_from'] as const) {
      const list = from.value[via];
      if (!Array.isArray(list)) continue;
      list.forEach((item, i) => {
        if (typeof item !== 'string' || item.startsWith('container:')) return;
        add(item.split(':')[0], via, [...base, via, i], valueSpan(from.doc, [...base, via, i]));
      });
    }
    for (const via of ['network_mode', 'ipc', 'pid'] as const) {
      const mode = from.value[via];
      if (typeof mode === 'string' && mode.startsWith('service:')) add(mode.slice('service:'.length), via, [...base, via], valueSpan(from.doc, [...base, via]));
    }
  }
  return out;
}

/** Every dependency of the services of a file. */
export function fileDependencies(model: Parameters<typeof services>[0]): Dependency[] {
  return dependencies(services(model));
}
