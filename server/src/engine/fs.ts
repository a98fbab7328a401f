/**
 * The read-only file-system view rules and configuration loading use: in memory in tests,
 * the real disk in the language server and the CLI. Paths are absolute, `/`-separated.
 */
export interface FileSystem {
  readFile(path: string): string | undefined;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Entry names in a folder, or [] when it cannot be read. */
  readDirectory(path: string): string[];
}

/** For untitled buffers and pure tests: nothing exists. */
export const emptyFileSystem: FileSystem = {
  readFile: () => undefined,
  exists: () => false,
  isDirectory: () => false,
  readDirectory: () => [],
};

/** An in-memory file system from a map of absolute paths to contents. */
export function memoryFileSystem(files: Record<string, string>): FileSystem {
  const dirs = new Set<string>();
  for (const path of Object.keys(files)) {
    let dir = dirname(path);
    while (!dirs.has(dir)) {
      dirs.add(dir);
      if (dir === '/') break;
      dir = dirname(dir);
    }
  }
  return {
    readFile: (path) => files[normalize(path)],
    exists: (path) => normalize(path) in files || dirs.has(normalize(path)),
    isDirectory: (path) => dirs.has(normalize(path)),
    readDirectory: (path) => {
      const prefix = normalize(path) === '/' ? '/' : normalize(path) + '/';
      const names = new Set<string>();
      for (const p of [...Object.keys(files), ...dirs]) {
        if (p.startsWith(prefix) && p.length > prefix.length) names.add(p.slice(prefix.length).split('/')[0]);
      }
      return [...names].sort();
    },
  };
}

export function dirname(path: string): string {
  const p = normalize(path);
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  if (name.startsWith('/')) return normalize(name);
  return normalize(dir.endsWith('/') ? dir + name : dir + '/' + name);
}

export function baseNameOf(path: string): string {
  const p = normalize(path);
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Collapses `.` and `..` segments and turns `\` into `/`. */
export function normalize(path: string): string {
  const parts: string[] = [];
  const absolute = path.startsWith('/') || path.startsWith('\\');
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/') || (absolute ? '/' : '.');
}

/**
 * True when the linted file's folder can be seen through `fs`: workspace-aware rules that report a missing
 * file stay silent otherwise (untitled buffers, snippets, text linted through the API without a file system).
 */
export function folderVisible(fs: FileSystem, fileName: string): boolean {
  return fileName !== '' && fs.isDirectory(dirname(fileName));
}

const snapshots = new WeakSet<FileSystem>();

/**
 * A view of `fs` that answers each question once: one lint asks for the same compose files, `.dockerignore`
 * and context folders from several rules. Made per lint run and dropped after it, so it never serves a file
 * that changed since.
 */
export function snapshotFileSystem(fs: FileSystem): FileSystem {
  if (snapshots.has(fs)) return fs;
  const memo = <T>(read: (path: string) => T) => {
    const answers = new Map<string, T>();
    return (path: string): T => {
      if (answers.has(path)) return answers.get(path) as T;
      const answer = read(path);
      answers.set(path, answer);
      return answer;
    };
  };
  const readDirectory = memo((path) => fs.readDirectory(path));
  const snapshot: FileSystem = {
    readFile: memo((path) => fs.readFile(path)),
    exists: memo((path) => fs.exists(path)),
    isDirectory: memo((path) => fs.isDirectory(path)),
    // Callers may sort or filter the list they get: each gets its own copy.
    readDirectory: (path) => readDirectory(path).slice(),
  };
  snapshots.add(snapshot);
  return snapshot;
}

/** True for a per-lint snapshot: what is read through it may be kept until the lint ends. */
export function isSnapshot(fs: FileSystem): boolean {
  return snapshots.has(fs);
}

/** A view of `fs` with file changes applied on top (what a fix will leave on disk), for re-linting after a fix. */
export function withChanges(fs: FileSystem, changes: readonly { path: string; kind: 'create' | 'append'; text: string }[]): FileSystem {
  const files = new Map<string, string>();
  for (const c of changes) {
    const path = normalize(c.path);
    const current = files.get(path) ?? fs.readFile(path);
    if (c.kind === 'create') files.set(path, current ?? c.text);
    else files.set(path, (current ?? '') + c.text);
  }
  const dirsOf = (path: string) => {
    const out: string[] = [];
    for (let d = dirname(path); ; d = dirname(d)) {
      out.push(d);
      if (d === '/' || d === '.') break;
    }
    return out;
  };
  const dirs = new Set([...files.keys()].flatMap(dirsOf));
  return {
    readFile: (path) => files.get(normalize(path)) ?? fs.readFile(path),
    exists: (path) => files.has(normalize(path)) || dirs.has(normalize(path)) || fs.exists(path),
    isDirectory: (path) => dirs.has(normalize(path)) || fs.isDirectory(path),
    readDirectory: (path) => {
      const own = [...files.keys()].filter((f) => dirname(f) === normalize(path)).map(baseNameOf);
      return [...new Set([...fs.readDirectory(path), ...own])].sort();
    },
  };
}

/** `to` relative to the folder `fromDir`, with `/` separators (`./x`, `../y/z`). */
export function relativePath(fromDir: string, to: string): string {
  const from = normalize(fromDir).split('/').filter(Boolean);
  const target = normalize(to).split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common++;
  const up = from.slice(common).map(() => '..');
  const rest = target.slice(common);
  const parts = [...up, ...rest];
  return parts.length === 0 ? '.' : up.length === 0 ? `./${rest.join('/')}` : parts.join('/');
}
