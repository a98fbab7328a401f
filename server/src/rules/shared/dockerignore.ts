/**
 * `.dockerignore` matching as the builder does it: each line is a pattern cleaned like a path (leading `/`
 * dropped), matched against context-relative paths with Go `filepath.Match` rules (`*`, `?`, `[…]`, `\`
 * escapes) plus `**` for any number of folders. A pattern also excludes everything under a folder it
 * matches. Lines starting with `!` re-include; the last matching line wins.
 */
import { dirname, FileSystem, joinPath } from '../../engine/fs';

export interface IgnorePattern {
  /** The pattern as written on its line (after trimming). */
  text: string;
  negated: boolean;
  /** 0-based line in the ignore file. */
  line: number;
  regex: RegExp;
}

export interface IgnoreFile {
  /** Absolute path of the file that was read. */
  path: string;
  patterns: IgnorePattern[];
  /** Some line starts with `!`. */
  hasNegation: boolean;
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  text.split('\n').forEach((rawLine, line) => {
    let body = rawLine.replace(/\r$/, '').trim();
    if (body === '' || body.startsWith('#')) return;
    const negated = body.startsWith('!');
    if (negated) body = body.slice(1).trim();
    const cleaned = cleanPattern(body);
    if (cleaned === '') return;
    const regex = patternRegex(cleaned);
    if (regex) patterns.push({ text: rawLine.trim(), negated, line, regex });
  });
  return patterns;
}

/** Like Go's filepath.Clean on a slash path, without the leading `/`; `.` becomes ''. */
function cleanPattern(pattern: string): string {
  // Not engine/fs normalize(): `\` is an escape here, not a separator.
  const parts: string[] = [];
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** A whole-path regular expression for a cleaned pattern; undefined for a malformed one (Go reports ErrBadPattern). */
export function patternRegex(pattern: string): RegExp | undefined {
  let re = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i += 2;
        if (pattern[i] === '/') {
          // `**/` matches zero or more folders.
          re += '(?:.*/)?';
          i++;
        } else re += '.*';
        continue;
      }
      re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '\\') {
      i++;
      if (i >= pattern.length) return undefined;
      re += escapeRegex(pattern[i]);
    } else if (ch === '[') {
      const close = classEnd(pattern, i);
      if (close < 0) return undefined;
      re += classRegex(pattern.slice(i + 1, close));
      i = close;
    } else re += escapeRegex(ch);
    i++;
  }
  try {
    return new RegExp('^' + re + '$');
  } catch {
    return undefined;
  }
}

/** A Go character class body (`^a-z\\]`) as a regex class; `/` never matches. */
function classRegex(body: string): string {
  const negate = body.startsWith('^');
  let out = '';
  for (let k = negate ? 1 : 0; k < body.length; k++) {
    let ch = body[k];
    if (ch === '\\' && k + 1 < body.length) ch = body[++k];
    else if (ch === '-') {
      out += '-';
      continue;
    }
    out += /[\\\]^[-]/.test(ch) ? '\\' + ch : ch;
  }
  return negate ? `[^/${out}]` : `[${out}]`;
}

function classEnd(pattern: string, open: number): number {
  let j = open + 1;
  if (pattern[j] === '^') j++;
  if (pattern[j] === ']') return -1; // empty class: Go rejects it
  for (; j < pattern.length; j++) {
    if (pattern[j] === '\\') j++;
    else if (pattern[j] === ']') return j;
  }
  return -1;
}

function escapeRegex(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? '\\' + ch : ch;
}

/** The pattern that decides a context-relative path (`a/b/c`), if any: the last one matching it or a parent folder. */
export function decidingPattern(relativePath: string, patterns: readonly IgnorePattern[]): IgnorePattern | undefined {
  const path = cleanPattern(relativePath);
  if (path === '') return undefined;
  const parts = path.split('/');
  const prefixes = parts.map((_, k) => parts.slice(0, k + 1).join('/'));
  let decided: IgnorePattern | undefined;
  for (const p of patterns) {
    if (prefixes.some((prefix) => p.regex.test(prefix))) decided = p;
  }
  return decided;
}

/** True when the build context leaves this path out. */
export function isIgnored(relativePath: string, patterns: readonly IgnorePattern[]): boolean {
  const p = decidingPattern(relativePath, patterns);
  return p !== undefined && !p.negated;
}

/**
 * The ignore file for a Dockerfile whose context is its own folder: `<Dockerfile name>.dockerignore` beside it
 * wins over `<context>/.dockerignore`, as in BuildKit.
 */
export function loadDockerignore(fs: FileSystem, dockerfilePath: string, contextRoot = dirname(dockerfilePath)): IgnoreFile | undefined {
  const dir = dirname(dockerfilePath);
  const name = dockerfilePath.slice(dockerfilePath.lastIndexOf('/') + 1);
  // `<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`.
  for (const candidate of [joinPath(dir, `${name}.dockerignore`), joinPath(contextRoot, '.dockerignore')]) {
    const text = fs.readFile(candidate);
    if (text === undefined) continue;
    const patterns = parseDockerignore(text);
    return { path: candidate, patterns, hasNegation: patterns.some((p) => p.negated) };
  }
  return undefined;
}
