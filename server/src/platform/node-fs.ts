/** The real file system behind the engine's read-only interface (language server and CLI). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { FileSystem } from '../engine/fs';

/** Files larger than this are not read for cross-file checks (a lint input is read by the CLI itself). */
const MAX_READ = 5 * 1024 * 1024;

export const nodeFileSystem: FileSystem = {
  readFile(path) {
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_READ) return undefined;
      return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  },
  exists(path) {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  },
  isDirectory(path) {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
  readDirectory(path) {
    try {
      return readdirSync(path).sort();
    } catch {
      return [];
    }
  },
};
