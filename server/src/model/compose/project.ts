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

export type DefinedNames = Record<EntityKind, Set<string>>;

/** Names defined by this file and the files Compose loads with it. */
export function projectDefinitions(model: ComposeModel, fileName: string, fs: FileSystem): DefinedNames {
  const names: DefinedNames = { service: new Set(), network: new Set(), volume: new Set(), secret: new Set(), config: new Set(), model: new Set() };
  const add = (m: ComposeModel) => {
    for (const kind of Object.keys(names) as EntityKind[]) for (const name of m.definitions[kind].keys()) names[kind].add(name);
  };
  add(model);
  if (!fileName) return names;
  const seen = new Set([fileName]);
  const visit = (path: string, depth: number) => {
    if (seen.has(path) || depth > 8) return;
    seen.add(path);
    const text = fs.readFile(path);
    if (text === undefined) return;
    const other = parseCompose(text);
    add(other);
    for (const included of includes(other, dirname(path))) visit(included, depth + 1);
  };
  const dir = dirname(fileName);
  const base = baseNameOf(fileName);
  // An override or environment file (compose.prod.yaml) is loaded on top of the base file, and the base with its override.
  if (!BASE_NAMES.includes(base)) for (const name of BASE_NAMES) visit(joinPath(dir, name), 1);
  if (!OVERRIDE_NAMES.includes(base)) for (const name of OVERRIDE_NAMES) visit(joinPath(dir, name), 1);
  for (const included of includes(model, dir)) visit(included, 1);
  return names;
}

/** Paths named by a top-level `include` (short strings or `path:` entries). */
function includes(model: ComposeModel, dir: string): string[] {
  const out: string[] = [];
  for (const doc of model.yamlDocs) {
    if (!isMap(doc.contents)) continue;
    const list = deref(doc, getPair(doc.contents, 'include')?.value);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const it = deref(doc, item);
      const paths = isScalar(it) ? [it] : isMap(it) ? [deref(doc, getPair(it, 'path')?.value)] : [];
      for (const p of paths.flatMap((x) => (isSeq(x) ? x.items : [x]))) {
        if (isScalar(p) && typeof p.value === 'string' && !p.value.includes('$')) out.push(joinPath(dir, p.value));
      }
    }
  }
  return out;
}
