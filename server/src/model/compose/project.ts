/**
 * The Compose project a file belongs to: Compose loads `compose.yaml` together with
 * `compose.override.yaml` and any `include`d files, so a service or network defined in one of them is
 * not "undefined" in another. Read through the file-system interface; a no-op for untitled buffers.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { baseNameOf, dirname, FileSystem, joinPath } from '../../engine/fs';
import { deref, getPair, parseCompose } from './parse';
import type { ComposeModel, EntityKind } from './types';

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const OVERRIDE_NAMES = ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yaml', 'docker-compose.override.yml'];

export interface DefinedNames extends Record<EntityKind, Set<string>> {
  /**
   * False when an `include` names a file that could not be read (no file system, a missing file, a path with a
   * variable): what it defines is unknown, so no name can be called undefined.
   */
  complete: boolean;
}

const KINDS: readonly EntityKind[] = ['service', 'network', 'volume', 'secret', 'config', 'model'];

/** Names defined by this file and the files Compose loads with it. */
export function projectDefinitions(model: ComposeModel, fileName: string, fs: FileSystem): DefinedNames {
  const names: DefinedNames = { service: new Set(), network: new Set(), volume: new Set(), secret: new Set(), config: new Set(), model: new Set(), complete: true };
  const add = (m: ComposeModel) => {
    for (const kind of KINDS) for (const name of m.definitions[kind].keys()) names[kind].add(name);
  };
  add(model);
  names.complete = forEachProjectFile(model, fileName, fs, add);
  return names;
}

/**
 * Services that another file of the project (the base or override file, an `include`) gives a `build` section:
 * Compose merges them, so this file's `image:` for such a service names what the build makes.
 */
export function servicesBuiltElsewhere(model: ComposeModel, fileName: string, fs: FileSystem): Set<string> {
  const built = new Set<string>();
  forEachProjectFile(model, fileName, fs, (other) => {
    for (const [name, def] of other.definitions.service) if (isMap(def.value) && def.value.has('build')) built.add(name);
  });
  return built;
}

/**
 * Calls `visit` with each other file Compose loads with this one (read through `fs`, at most 8 includes deep);
 * false when an `include` names a file that could not be read (no file system, a missing file, a variable).
 */
function forEachProjectFile(model: ComposeModel, fileName: string, fs: FileSystem, visit: (other: ComposeModel) => void): boolean {
  let complete = true;
  const seen = new Set([fileName]);
  const read = (path: string, depth: number, included: boolean) => {
    if (seen.has(path) || depth > 8) return;
    seen.add(path);
    const text = fs.readFile(path);
    if (text === undefined) {
      if (included) complete = false;
      return;
    }
    const other = parseCompose(text);
    visit(other);
    const next = includes(other, dirname(path));
    if (next.unknown) complete = false;
    for (const p of next.paths) read(p, depth + 1, true);
  };
  const own = includes(model, dirname(fileName));
  if (own.unknown || (!fileName && own.paths.length > 0)) complete = false;
  if (!fileName) return complete;
  const dir = dirname(fileName);
  const base = baseNameOf(fileName);
  // An override or environment file (compose.prod.yaml) is loaded on top of the base file, and the base with its override.
  if (!BASE_NAMES.includes(base)) for (const name of BASE_NAMES) read(joinPath(dir, name), 1, false);
  if (!OVERRIDE_NAMES.includes(base)) for (const name of OVERRIDE_NAMES) read(joinPath(dir, name), 1, false);
  for (const included of own.paths) read(included, 1, true);
  return complete;
}

/** Paths named by a top-level `include` (short strings or `path:` entries); `unknown` when one holds a variable. */
function includes(model: ComposeModel, dir: string): { paths: string[]; unknown: boolean } {
  const out: string[] = [];
  let unknown = false;
  for (const doc of model.yamlDocs) {
    if (!isMap(doc.contents)) continue;
    const list = deref(doc, getPair(doc.contents, 'include')?.value);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const it = deref(doc, item);
      const paths = isScalar(it) ? [it] : isMap(it) ? [deref(doc, getPair(it, 'path')?.value)] : [];
      for (const p of paths.flatMap((x) => (isSeq(x) ? x.items : [x]))) {
        if (!isScalar(p) || typeof p.value !== 'string') continue;
        if (p.value.includes('$')) unknown = true;
        else out.push(joinPath(dir, p.value));
      }
    }
  }
  return { paths: out, unknown };
}
