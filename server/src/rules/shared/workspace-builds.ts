/**
 * The builds in the workspace that use a given Dockerfile: compose services with a `build:` section and
 * Bake targets. Workspace-aware rules read them for the build context, `--target` stages and named
 * contexts. Everything is read through the rule context's read-only file system; answers are kept for one
 * lint run at most (its file-system snapshot), because the files may change between runs. Only a file's parsed
 * builds outlive a lint, kept by the file's text (`parsedOnce`).
 */
import { parse as parseYaml } from 'yaml';
import { baseNameOf, dirname, FileSystem, isSnapshot, joinPath, normalize } from '../../engine/fs';
import { AnswerCache } from '../../model/once-per';

export interface WorkspaceBuild {
  /** The compose or Bake file that declares the build. */
  file: string;
  /** Absolute path of the build context folder. */
  context: string;
  /** `build.target` / Bake `target`: the stage built, when named. */
  target?: string;
  /** Names of `additional_contexts` / Bake `contexts`. */
  namedContexts: string[];
  /**
   * `build.args` / Bake `args`: the value passed, or undefined when the file cannot tell it (taken from the
   * environment, or written with a `${…}` the file does not define).
   */
  args: Map<string, string | undefined>;
}

const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml', 'compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yaml', 'docker-compose.override.yml'];
const BAKE_FILES = ['docker-bake.hcl', 'docker-bake.json', 'docker-bake.override.hcl', 'docker-bake.override.json'];
/** How many folders above the Dockerfile's are searched for compose and Bake files. */
const LEVELS_UP = 3;

/** Per lint snapshot of the file system: several rules and the build args ask for the same builds. */
const buildsBySnapshot = new AnswerCache<FileSystem, Map<string, WorkspaceBuild[]>>();

/** Every build in the Dockerfile's folder and up to three folders above that uses `dockerfilePath` (read-only). */
export function buildsUsing(fs: FileSystem, dockerfilePath: string): WorkspaceBuild[] {
  if (!dockerfilePath) return [];
  if (!isSnapshot(fs)) return findBuilds(fs, dockerfilePath);
  let byPath = buildsBySnapshot.get(fs);
  if (!byPath) buildsBySnapshot.set(fs, (byPath = new Map()));
  let builds = byPath.get(dockerfilePath);
  if (!builds) byPath.set(dockerfilePath, (builds = findBuilds(fs, dockerfilePath)));
  return builds;
}

function findBuilds(fs: FileSystem, dockerfilePath: string): WorkspaceBuild[] {
  const target = normalize(dockerfilePath);
  const out: Located[] = [];
  let dir = dirname(target);
  for (let level = 0; level <= LEVELS_UP; level++) {
    for (const name of COMPOSE_FILES) {
      const file = joinPath(dir, name);
      const text = fs.exists(file) ? fs.readFile(file) : undefined;
      if (text !== undefined) out.push(...parsedOnce(file, text, composeBuilds).filter((b) => sameFile(b.dockerfile, target)));
    }
    for (const name of BAKE_FILES) {
      const file = joinPath(dir, name);
      const text = fs.exists(file) ? fs.readFile(file) : undefined;
      if (text !== undefined) out.push(...parsedOnce(file, text, bakeBuilds).filter((b) => sameFile(b.dockerfile, target)));
    }
    if (dir === '/') break;
    dir = dirname(dir);
  }
  return out.map(({ dockerfile: _unused, ...rest }) => rest);
}

/**
 * The builds a compose or Bake file declares, read once for as long as its text stays the same. Each Dockerfile's
 * lint looks for the builds that use it, and parsing the same compose file of hundreds of services again for each of
 * its hundreds of Dockerfiles made linting a folder quadratic (6 s for 400). Kept across lints (the text is the
 * key, so a changed file is read anew); a few dozen files at most.
 */
function parsedOnce(file: string, text: string, read: (file: string, text: string) => Located[]): readonly Located[] {
  const kept = parsedFiles.get(file);
  if (kept && kept.text === text) return kept.builds;
  if (parsedFiles.size >= PARSED_FILES_KEPT) parsedFiles.clear();
  const builds = read(file, text);
  parsedFiles.set(file, { text, builds });
  return builds;
}

const parsedFiles = new Map<string, { text: string; builds: readonly Located[] }>();
const PARSED_FILES_KEPT = 64;

function sameFile(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

type Located = WorkspaceBuild & { dockerfile: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `context` and `dockerfile` with compose's defaults; an absolute `dockerfile` stands alone. */
function locate(file: string, context: unknown, dockerfile: unknown): { context: string; dockerfile: string } | undefined {
  if (context !== undefined && typeof context !== 'string') return undefined;
  if (typeof context === 'string' && /^[a-z]+:\/\/|^git@/i.test(context)) return undefined; // remote contexts
  const ctxDir = joinPath(dirname(file), context ?? '.');
  const name = typeof dockerfile === 'string' && dockerfile !== '' ? dockerfile : 'Dockerfile';
  return { context: ctxDir, dockerfile: joinPath(ctxDir, name) };
}

function contextNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.split('=')[0]);
  return isObject(value) ? Object.keys(value) : [];
}

/** `args` as a map (`{ A: 1 }`) or a list (`["A=1", "B"]`); a bare name takes its value from the environment. */
function buildArgs(value: unknown): Map<string, string | undefined> {
  const args = new Map<string, string | undefined>();
  const known = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && !String(v).includes('$') ? String(v) : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'string' || item === '') continue;
      const eq = item.indexOf('=');
      if (eq < 0) args.set(item, undefined);
      else args.set(item.slice(0, eq), known(item.slice(eq + 1)));
    }
  } else if (isObject(value)) {
    for (const [name, v] of Object.entries(value)) args.set(name, known(v));
  }
  return args;
}

/**
 * The build arguments every build of `dockerfilePath` in the workspace passes with one same value. A name some
 * build passes differently, without a value the file can tell, or not at all maps to undefined: its value
 * depends on the build. Undefined when no build in the workspace uses the file.
 */
export function agreedBuildArgs(fs: FileSystem, dockerfilePath: string): Map<string, string | undefined> | undefined {
  const builds = buildsUsing(fs, dockerfilePath);
  if (builds.length === 0) return undefined;
  const agreed = new Map<string, string | undefined>();
  for (const build of builds) for (const name of build.args.keys()) agreed.set(name, build.args.get(name));
  for (const [name, value] of agreed) {
    if (builds.some((b) => !b.args.has(name) || b.args.get(name) !== value)) agreed.set(name, undefined);
  }
  return agreed;
}

function composeBuilds(file: string, text: string): Located[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    return [];
  }
  if (!isObject(data) || !isObject(data.services)) return [];
  const out: Located[] = [];
  for (const service of Object.values(data.services)) {
    if (!isObject(service)) continue;
    const build = service.build;
    if (typeof build === 'string') {
      const where = locate(file, build, undefined);
      if (where) out.push({ file, ...where, namedContexts: [], args: new Map() });
    } else if (isObject(build)) {
      const where = locate(file, build.context, build.dockerfile);
      if (!where) continue;
      out.push({
        file,
        ...where,
        ...(typeof build.target === 'string' ? { target: build.target } : {}),
        namedContexts: contextNames(build.additional_contexts),
        args: buildArgs(build.args),
      });
    }
  }
  return out;
}

function bakeBuilds(file: string, text: string): Located[] {
  if (baseNameOf(file).endsWith('.json')) {
    try {
      const data: unknown = JSON.parse(text);
      if (!isObject(data) || !isObject(data.target)) return [];
      return Object.values(data.target).flatMap((t) => (isObject(t) ? bakeTarget(file, t) : []));
    } catch {
      return [];
    }
  }
  return hclTargets(text).flatMap((t) => bakeTarget(file, t));
}

function bakeTarget(file: string, t: Record<string, unknown>): Located[] {
  const where = locate(file, t.context, t.dockerfile);
  if (!where) return [];
  return [{
    file,
    ...where,
    ...(typeof t.target === 'string' ? { target: t.target } : {}),
    namedContexts: contextNames(t.contexts),
    args: buildArgs(t.args),
  }];
}

/**
 * The string attributes of each `target "name" { … }` block of an HCL Bake file, plus the keys of its
 * `contexts = { … }` map. A small reader for the attributes we need, not a full HCL parser.
 */
function hclTargets(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const header = /^[ \t]*target[ \t]+"[^"\n]*"[ \t]*\{/gm;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const bodyStart = m.index + m[0].length;
    let depth = 1;
    let i = bodyStart;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '"') {
        i = text.indexOf('"', i + 1);
        if (i < 0) i = text.length;
      } else if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    const body = text.slice(bodyStart, i - 1);
    const attrs: Record<string, unknown> = {};
    for (const a of body.matchAll(/^[ \t]*(context|dockerfile|target)[ \t]*=[ \t]*"([^"\n]*)"/gm)) attrs[a[1]] = a[2];
    const args = /^[ \t]*args[ \t]*=[ \t]*\{([^}]*)\}/m.exec(body);
    if (args) {
      // A quoted string is the value; anything else (`VERSION = var.version`, a number) is kept as unknown.
      const values: Record<string, string | null> = {};
      for (const a of args[1].matchAll(/(?:^|[\s,])"?([A-Za-z_][A-Za-z0-9_]*)"?[ \t]*=[ \t]*(?:"([^"\n]*)"|[^\s,"][^,\n]*)/g)) values[a[1]] = a[2] ?? null;
      attrs.args = values;
    }
    const contexts = /^[ \t]*contexts[ \t]*=[ \t]*\{([^}]*)\}/m.exec(body);
    if (contexts) {
      const names: Record<string, true> = {};
      for (const c of contexts[1].matchAll(/(?:^|[\s,])"?([A-Za-z0-9_.\-/]+)"?\s*=/g)) names[c[1]] = true;
      attrs.contexts = names;
    }
    out.push(attrs);
  }
  return out;
}
