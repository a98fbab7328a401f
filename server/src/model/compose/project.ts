/**
 * The Compose project a file belongs to: Compose loads `compose.yaml` together with
 * `compose.override.yaml` and any `include`d files, so a service or network defined in one of them is
 * not "undefined" in another. Read through the file-system interface; a no-op for untitled buffers.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { baseNameOf, dirname, FileSystem, joinPath } from '../../engine/fs';
import { oncePer } from '../once-per';
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
  const project = projectFiles(model, fileName, fs);
  for (const other of project.files) add(other);
  names.complete = project.complete;
  return names;
}

/** Every file of the project could be read: names missing from all of them are undefined. */
export function projectComplete(model: ComposeModel, fileName: string, fs: FileSystem): boolean {
  return projectFiles(model, fileName, fs).complete;
}

/**
 * Services the other files of the project (the base or override file, an `include`) define, or only those they give
 * `key` (`build`): Compose merges a service's sections from every file.
 */
export function servicesElsewhere(model: ComposeModel, fileName: string, fs: FileSystem, key?: string): Set<string> {
  const names = new Set<string>();
  for (const other of projectFiles(model, fileName, fs).files) {
    for (const [name, def] of other.definitions.service) if (key === undefined || (isMap(def.value) && def.value.has(key))) names.add(name);
  }
  return names;
}

/**
 * The other files Compose loads with this one (read through `fs`, at most 8 includes deep), read once per lint for
 * every rule that asks; `complete` is false when an `include` names a file that could not be read (no file system,
 * a missing file, a variable in its path).
 */
const projectFiles = oncePer((model: ComposeModel, fileName: string, fs: FileSystem): { files: ComposeModel[]; complete: boolean } => {
  const files: ComposeModel[] = [];
  let complete = true;
  const seen = new Set([fileName]);
  /** Reads a file of the project; true when it exists (or was read already). */
  const read = (path: string, depth: number, included: boolean): boolean => {
    if (seen.has(path)) return true;
    if (depth > 8) return false;
    seen.add(path);
    const text = fs.readFile(path);
    if (text === undefined) {
      if (included) complete = false;
      return false;
    }
    const other = parseCompose(text);
    files.push(other);
    const next = includes(other, dirname(path));
    if (next.unknown) complete = false;
    for (const p of next.paths) read(p, depth + 1, true);
    return true;
  };
  const own = includes(model, dirname(fileName));
  if (own.unknown || (!fileName && own.paths.length > 0)) complete = false;
  if (!fileName) return { files, complete };
  const dir = dirname(fileName);
  const base = baseNameOf(fileName);
  const readAll = (folder: string, names: readonly string[]) => names.map((name) => read(joinPath(folder, name), 1, false)).some(Boolean);
  // An override or environment file (compose.prod.yaml) is loaded on top of the base file, and the base with its override.
  if (!BASE_NAMES.includes(base)) {
    // `app.override.yml` goes on top of `app.yml`, whatever the name.
    const overridden = /^(.+)\.override\.ya?ml$/i.exec(base)?.[1];
    const foundBase = readAll(dir, BASE_NAMES) || (overridden !== undefined && readAll(dir, [`${overridden}.yml`, `${overridden}.yaml`]));
    // A partial file with no base beside it is loaded with one elsewhere (`-f compose.yaml -f docker/dev.yml`): one
    // folder up is looked at, and without one there the project's other names are unknown.
    if (!foundBase && isPartial(model) && !readAll(dirname(dir), BASE_NAMES)) complete = false;
  }
  if (!OVERRIDE_NAMES.includes(base)) readAll(dir, OVERRIDE_NAMES);
  for (const included of own.paths) read(included, 1, true);
  return { files, complete };
});

/**
 * Some service has no `image`, `build`, `extends` or `provider` (nor a merge key, which may bring one): the file only
 * adds to services defined elsewhere.
 */
function isPartial(model: ComposeModel): boolean {
  for (const def of model.definitions.service.values()) {
    const value = def.value;
    if (isMap(value) && !PLACES.some((key) => value.has(key))) return true;
  }
  return false;
}

const PLACES = ['image', 'build', 'extends', 'provider', '<<'];

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
