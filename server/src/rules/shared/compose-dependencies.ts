/**
 * The services a service depends on, as Compose derives them: `depends_on` (short and long form) plus the
 * implicit dependencies of `links`, `volumes_from` and `network_mode`/`ipc`/`pid: service:x`, each with the
 * offsets of the name that creates it.
 */
import type { ComposeModel } from '../../model/compose/types';
import { isRecord, services, valueSpanOf, type ServiceView } from './compose-services';
import { childEntry, entryAt, spanOf } from './compose-tree';
import { oncePer } from '../../model/once-per';

export interface Dependency {
  from: ServiceView;
  to: string;
  via: 'depends_on' | 'links' | 'volumes_from' | 'network_mode' | 'ipc' | 'pid';
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
function add(out: Dependency[], from: ServiceView, to: string, via: Dependency['via'], span: [number, number] | undefined, optional = false): void {
  if (span) out.push({ from, to, via, start: span[0], end: span[1], optional });
}

/** Every dependency of every service of the file, in document order per service. */
export function dependencies(services_: readonly ServiceView[]): Dependency[] {
  const out: Dependency[] = [];
  for (const from of services_) {
    // The nodes naming dependencies are looked up from the service's entry, one segment at a time.
    const service = entryAt(from.doc, from.path);
    const dependsOn = from.value.depends_on;
    if (Array.isArray(dependsOn)) {
      const list = childEntry(service, 'depends_on');
      for (let i = 0; i < dependsOn.length; i++) {
        const d: unknown = dependsOn[i];
        if (typeof d !== 'string' || !isName(d)) continue;
        add(out, from, d, 'depends_on', valueSpanOf(childEntry(list, i)));
      }
    } else if (isRecord(dependsOn)) {
      const map = childEntry(service, 'depends_on');
      for (const name of Object.keys(dependsOn)) {
        if (!isName(name)) continue;
        const spec = dependsOn[name];
        const required = isRecord(spec) ? spec.required : undefined;
        const optional = required === false || (typeof required === 'string' && required.toLowerCase() === 'false');
        add(out, from, name, 'depends_on', spanOf(childEntry(map, name)?.key), optional);
      }
    }
    for (const via of IMPLICIT_LISTS) {
      const list = from.value[via];
      if (!Array.isArray(list)) continue;
      const entry = childEntry(service, via);
      for (let i = 0; i < list.length; i++) {
        const item: unknown = list[i];
        if (typeof item !== 'string' || item.startsWith('container:')) continue;
        const colon = item.indexOf(':');
        const to = colon < 0 ? item : item.slice(0, colon);
        if (!isName(to)) continue;
        add(out, from, to, via, valueSpanOf(childEntry(entry, i)));
      }
    }
    for (const via of SERVICE_MODES) {
      const mode = from.value[via];
      if (typeof mode !== 'string' || !mode.startsWith('service:')) continue;
      const to = mode.slice('service:'.length);
      if (!isName(to)) continue;
      add(out, from, to, via, valueSpanOf(childEntry(service, via)));
    }
  }
  return out;
}

const IMPLICIT_LISTS = ['links', 'volumes_from'] as const;
const SERVICE_MODES = ['network_mode', 'ipc', 'pid'] as const;

/** Every dependency of the services of a file (cached per model: several rules follow them). */
export const fileDependencies = oncePer((model: ComposeModel): readonly Dependency[] => dependencies(services(model)));
