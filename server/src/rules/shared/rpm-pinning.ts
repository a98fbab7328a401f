/** Shared by the yum and dnf pinning rules: which install operands carry no version. */
import type { RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from './run-context';

/** `name-1.2.3`, `name-1:2.3-4.el9`: a dash followed by a version (an optional epoch, then a digit). */
const RPM_VERSION = /-(\d+:)?\d[^/]*$/;

export function checkRpmPinning(ctx: RuleContext<DockerfileModel>, tools: readonly string[], checkModules: boolean): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (!tools.includes(command.tool)) continue;
    const sub = command.sub?.value;
    if (sub === 'module') {
      const action = command.operands[0]?.value;
      if (!checkModules || (action !== 'install' && action !== 'enable')) continue;
      for (const mod of command.operands.slice(1)) {
        if (mod.value === undefined || mod.word.expansion || mod.value.includes(':')) continue;
        ctx.report({
          range: ctx.range(mod.word.start, mod.word.end),
          message: `Module ${code(mod.value)} is enabled without a stream (\`${mod.value}:<stream>\`).`,
        });
      }
      continue;
    }
    if (sub !== 'install') continue;
    for (const pkg of command.operands) {
      const v = pkg.value;
      // A variable the file defines is taken to hold the version; one it does not define is unknown.
      if (v === undefined || v === '' || pkg.word.expansion || v.startsWith('@') || v.endsWith('.rpm') || v.includes('/')) continue;
      if (RPM_VERSION.test(v) || /[<>=]/.test(v)) continue;
      ctx.report({
        range: ctx.range(pkg.word.start, pkg.word.end),
        message: `Package ${code(v)} is installed without a pinned version (\`${v}-<version>\`).`,
      });
    }
  }
}
