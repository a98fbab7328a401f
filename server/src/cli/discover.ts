/** Which files `stevedore lint PATH...` reads: files as given, folders searched for Dockerfiles and compose files. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectKind } from '../engine/kind';
import type { FileKind } from '../engine/types';

const SKIP_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Target {
  path: string;
  kind: FileKind;
}

export class MissingPathError extends Error {}

export function discover(paths: string[], forcedKind?: FileKind): Target[] {
  const targets: Target[] = [];
  for (const path of paths) {
    if (path === '-') {
      targets.push({ path, kind: forcedKind ?? 'dockerfile' });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new MissingPathError(`Cannot read \`${path}\`: no such file or folder.`);
    }
    if (isDir) walk(path, targets, forcedKind, 0);
    else targets.push({ path, kind: forcedKind ?? detectKind(path) ?? (/\.ya?ml$/i.test(path) ? 'compose' : 'dockerfile') });
  }
  return targets;
}

function walk(dir: string, out: Target[], forcedKind: FileKind | undefined, depth: number): void {
  if (depth > 32) return;
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      if (!SKIP_FOLDERS.has(name)) walk(path, out, forcedKind, depth + 1);
    } else {
      const kind = detectKind(name);
      if (kind) out.push({ path, kind: forcedKind ?? kind });
    }
  }
}
