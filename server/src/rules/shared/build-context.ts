/**
 * The build context of a Dockerfile seen through `ctx.fs`: its folder (the default context), paths
 * resolved inside it, and COPY sources expanded the way the builder expands wildcards.
 */
import { dirname, FileSystem, joinPath, normalize } from '../../engine/fs';
import { IgnoreFile, isIgnored, loadDockerignore, patternRegex } from './dockerignore';
import { buildsUsing } from './workspace-builds';

export interface BuildContext {
  fs: FileSystem;
  /** Absolute folder of the context. */
  root: string;
  ignore: IgnoreFile | undefined;
}

/**
 * The context of the linted Dockerfile: the `build.context` of the compose (or Bake) build that names it when
 * there is exactly one, else its folder; undefined when the file system cannot show it.
 */
export function buildContextOf(fs: FileSystem, fileName: string): BuildContext | undefined {
  if (fileName === '') return undefined;
  const contexts = [...new Set(buildsUsing(fs, fileName).map((b) => b.context))];
  const root = contexts.length === 1 ? contexts[0] : dirname(fileName);
  if (!fs.isDirectory(root) || fs.readDirectory(root).length === 0) return undefined;
  return { fs, root, ignore: loadDockerignore(fs, fileName, root) };
}

/**
 * A source path relative to the context root (`./a/../b` → `b`, `/etc/x` → `etc/x`); undefined when it
 * climbs above the root with `..`.
 */
export function contextRelative(path: string): string | undefined {
  // Most sources have no `.`/`..` segment, backslash or empty segment: only a leading and a trailing `/` go.
  if (!path.includes('\\') && !path.includes('//') && !path.includes('/.') && !path.startsWith('.')) {
    const from = path.startsWith('/') ? 1 : 0;
    const to = path.length > from && path.endsWith('/') ? path.length - 1 : path.length;
    return path.slice(from, to);
  }
  let depth = 0;
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (depth === 0) return undefined;
      depth--;
      parts.pop();
    } else {
      depth++;
      parts.push(part);
    }
  }
  return parts.join('/');
}

/**
 * The context entries a COPY source names, after `.dockerignore` filtering: itself when it exists, or every
 * match of its wildcard segments. Relative paths (`''` is the root).
 */
export function matchSource(context: BuildContext, relative: string, limit = 200): string[] {
  const segments = relative === '' ? [] : relative.split('/');
  let current = [''];
  for (const segment of segments) {
    const next: string[] = [];
    const wildcard = /[*?[]/.test(segment);
    const regex = wildcard ? patternRegex(segment) : undefined;
    for (const base of current) {
      const dir = base === '' ? context.root : joinPath(context.root, base);
      if (wildcard) {
        if (!regex) continue;
        for (const name of context.fs.readDirectory(dir)) if (regex.test(name)) next.push(join(base, name));
      } else if (context.fs.exists(joinPath(dir, unescapeSegment(segment)))) next.push(join(base, unescapeSegment(segment)));
      if (next.length > limit) break;
    }
    current = next;
    if (current.length === 0) break;
  }
  const ignore = context.ignore;
  return ignore ? current.filter((p) => p === '' || !isIgnored(p, ignore.patterns)) : current;
}

function join(base: string, name: string): string {
  return base === '' ? name : `${base}/${name}`;
}

function unescapeSegment(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

/**
 * True when the context's `.gitignore` (root file only) leaves the path out of git. Approximates git:
 * a pattern without an inner `/` matches at any depth; `!` re-includes; comments and blank lines skipped.
 */
export function isGitIgnored(context: BuildContext, relative: string): boolean {
  const text = context.fs.readFile(joinPath(context.root, '.gitignore'));
  if (text === undefined) return false;
  const parts = normalize(relative).split('/');
  let ignored = false;
  for (const rawLine of text.split('\n')) {
    let line = rawLine.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    line = line.replace(/(?<!\/)\/+$/, '');
    const anchored = line.includes('/');
    const regex = patternRegex(line.replace(/^\//, ''));
    if (!regex) continue;
    const hit = anchored
      ? parts.some((_, k) => regex.test(parts.slice(0, k + 1).join('/')))
      : parts.some((part) => regex.test(part));
    if (hit) ignored = !negated;
  }
  return ignored;
}
