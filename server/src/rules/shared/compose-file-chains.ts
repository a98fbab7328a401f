/**
 * Following the files a Compose file pulls in: `include` entries (other compose files, resolved from the
 * including file's folder) and `extends` (a service of this file or of `extends.file`). Used to find chains
 * that come back to where they started. Other files are read through the rule's file system and parsed once.
 */
import { dirname, joinPath, type FileSystem } from '../../engine/fs';
import { parseCompose } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { oncePer } from '../../model/once-per';
import { isRecord, services, valueSpan, type Path, type ServiceView } from './compose-services';
import { composeTree, type TreeDocument } from './compose-tree';

export interface IncludeEntry {
  /** The path as written. */
  written: string;
  /** Absolute path ('' when the including file is untitled). */
  resolved: string;
  doc: TreeDocument;
  path: Path;
}

/** Paths named by the top-level `include` of a model (short strings, `path:` strings and lists). */
export function includeEntries(model: ComposeModel, fileName: string): IncludeEntry[] {
  const out: IncludeEntry[] = [];
  for (const doc of composeTree(model).docs) {
    const root = doc.value;
    if (!isRecord(root) || !Array.isArray(root.include)) continue;
    root.include.forEach((item, i) => {
      const add = (written: unknown, path: Path) => {
        if (typeof written !== 'string' || written === '' || written.includes('$')) return;
        out.push({ written, resolved: fileName ? joinPath(dirname(fileName), written) : '', doc, path });
      };
      if (typeof item === 'string') add(item, ['include', i]);
      else if (isRecord(item)) {
        if (Array.isArray(item.path)) item.path.forEach((p, j) => add(p, ['include', i, 'path', j]));
        else add(item.path, ['include', i, 'path']);
      }
    });
  }
  return out;
}

export interface ExtendsLink {
  /** The service extended. */
  service: string;
  /** The file it is in: `extends.file` resolved, or the extending file itself. */
  file: string;
  /** Offsets of the extended service's name in the extending file. */
  span: [number, number];
}

/** A service's `extends`, or undefined. `fileName` is the file the service is in. */
export function extendsOf(model: ComposeModel, fileName: string, name: string): ExtendsLink | undefined {
  for (const s of servicesNamed(model).get(name) ?? []) {
    const ext = s.value.extends;
    if (typeof ext === 'string') {
      const span = valueSpan(s.doc, [...s.path, 'extends']);
      if (span && !ext.includes('$')) return { service: ext, file: fileName, span };
    } else if (isRecord(ext) && typeof ext.service === 'string' && !ext.service.includes('$')) {
      const span = valueSpan(s.doc, [...s.path, 'extends', 'service']);
      const file = ext.file;
      if (!span) continue;
      if (file === undefined) return { service: ext.service, file: fileName, span };
      if (typeof file !== 'string' || file.includes('$') || !fileName) return undefined;
      return { service: ext.service, file: joinPath(dirname(fileName), file), span };
    }
  }
  return undefined;
}

/**
 * A model's services by name (several documents may define one), in order: following a chain of `extends` looked
 * each link up among all the services, which made a file of thousands of such chains quadratic.
 */
const servicesNamed = oncePer((model: ComposeModel): Map<string, ServiceView[]> => {
  const byName = new Map<string, ServiceView[]>();
  for (const s of services(model)) {
    const list = byName.get(s.name);
    if (list) list.push(s);
    else byName.set(s.name, [s]);
  }
  return byName;
});

/** Parses other files of the project on demand, each once. */
export class ModelCache {
  private readonly models = new Map<string, ComposeModel | undefined>();
  constructor(
    private readonly fs: FileSystem,
    own?: { fileName: string; model: ComposeModel },
  ) {
    if (own) this.models.set(own.fileName, own.model);
  }

  get(path: string): ComposeModel | undefined {
    if (!this.models.has(path)) {
      const text = this.fs.readFile(path);
      this.models.set(path, text === undefined ? undefined : parseCompose(text, `file://${path}`));
    }
    return this.models.get(path);
  }
}

/** `path` relative to `dir` when it is inside it, for messages. */
export function displayPath(path: string, dir: string): string {
  const prefix = dir.endsWith('/') ? dir : dir + '/';
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
