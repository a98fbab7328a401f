/** `go install <path>` / `go run <path>` operands, shared by the two go-install rules. */
import { packageCommands, type ArgWord, type PackageCommand } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from './run-context';
import { oncePer } from '../../model/once-per';

export interface GoTarget {
  command: PackageCommand;
  target: ArgWord & { value: string };
}

/**
 * Module paths given to `go install` (every operand) and `go run` (the first): local paths and the standard library
 * left out. Once per model (both go-install rules ask); shared and read-only.
 */
export const goTargets = oncePer((model: DockerfileModel): GoTarget[] => {
  const out: GoTarget[] = [];
  for (const command of packageCommands(posixSites(model))) {
    if (command.tool !== 'go') continue;
    const sub = command.sub?.value;
    const operands = sub === 'install' ? command.operands : sub === 'run' ? command.operands.slice(0, 1) : [];
    for (const target of operands) {
      const v = target.value;
      if (v === undefined || !isRemotePath(v)) continue;
      out.push({ command, target: { ...target, value: v } });
    }
  }
  return out;
});

/** `github.com/x/y/...`: the first element has a dot, so it names a module to download (`./cmd`, `cmd/go` do not). */
function isRemotePath(path: string): boolean {
  if (/^[./~]/.test(path) || path.endsWith('.go')) return false;
  const first = path.split('@')[0].split('/')[0];
  return first.includes('.');
}
