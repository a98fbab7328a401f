/**
 * The services a service depends on, as Compose derives them: `depends_on` (short and long form) plus the
 * implicit dependencies of `links`, `volumes_from` and `network_mode`/`ipc`/`pid: service:x`, each with the
 * offsets of the name that creates it.
 */
import type { ComposeModel } from '../../model/compose/types';
import { isRecord, keySpan, services, valueSpan, type Path, type ServiceView } from './compose-services';
import { oncePer } from '../../model/once-per';

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

/** A name that can be followed: not empty, not interpolated. */
function isName(to: string): boolean {
  return to !== '' && !to.includes('$');
}

/** Adds one dependency when its node has offsets. */
function add(out: Dependency[], from: ServiceView, to: string, via: Dependency['via'], path: Path, span: [number, number] | undefined, optional = false): void {
  if (span) out.push({ from, to, via, path, start: span[0], end: span[1], optional });
}

/** Every dependency of every service of the file, in document order per service. */
export function dependencies(services_: readonly ServiceView[]): Dependency[] {
  const out: Dependency[] = [];
  for (const from of services_) {
    const base = from.path;
    const dependsOn = from.value.depends_on;
    if (Array.isArray(dependsOn)) {
      for (let i = 0; i < dependsOn.length; i++) {
        const d: unknown = dependsOn[i];
        if (typeof d !== 'string' || !isName(d)) continue;
        const path = [...base, 'depends_on', i];
        add(out, from, d, 'depends_on', path, valueSpan(from.doc, path));
      }
    } else if (isRecord(dependsOn)) {
      for (const name of Object.keys(dependsOn)) {
        if (!isName(name)) continue;
        const spec = dependsOn[name];
        const required = isRecord(spec) ? spec.required : undefined;
        const optional = required === false || (typeof required === 'string' && required.toLowerCase() === 'false');
        const path = [...base, 'depends_on', name];
        add(out, from, name, 'depends_on', path, keySpan(from.doc, path), optional);
      }
    }
    for (const via of IMPLICIT_LISTS) {
      const list = from.value[via];
      if (!Array.isArray(list)) continue;
      for (let i = 0; i < list.length; i++) {
        const item: unknown = list[i];
        if (typeof item !== 'string' || item.startsWith('container:')) continue;
        const colon = item.indexOf(':');
        const to = colon < 0 ? item : item.slice(0, colon);
        if (!isName(to)) continue;
        const path = [...base, via, i];
        add(out, from, to, via, path, valueSpan(from.doc, path));
      }
    }
    for (const via of SERVICE_MODES) {
      const mode = from.value[via];
      if (typeof mode !== 'string' || !mode.startsWith('service:')) continue;
      const to = mode.slice('service:'.length);
      if (!isName(to)) continue;
      const path = [...base, via];
      add(out, from, to, via, path, valueSpan(from.doc, path));
    }
  }
  return out;
}

const IMPLICIT_LISTS = ['links', 'volumes_from'] as const;
const SERVICE_MODES = ['network_mode', 'ipc', 'pid'] as const;

/** Every dependency of the services of a file (cached per model: several rules follow them). */
export const fileDependencies = oncePer((model: ComposeModel): readonly Dependency[] => dependencies(services(model)));
