import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, isTrueValue, reportOnce, scalarString, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'read-only-rootfs-missing',
  target: 'compose',
  category: 'security',
  severity: 'off',
  summary: 'A service\'s root file system is writable (`read_only: true` missing).',
  docs: {
    description:
      'A read-only root file system stops an attacker from dropping tools or modifying binaries inside the container, and ' +
      'makes accidental state outside volumes visible at once (CIS Docker Benchmark 5.12). Writable paths the service ' +
      'needs go in `tmpfs` or volumes.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    read_only: true\n    tmpfs:\n      - /tmp\n',
    notes: 'Off by default (a hardening check): many images write to their file system and need `tmpfs` entries first.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const value = valueOf(s.doc, s.body, 'read_only');
    if (isTrueValue(value)) continue;
    const str = scalarString(ctx.model, value);
    if (str?.text.includes('$')) continue;
    const range = str ? ctx.range(str.start, str.end) : ctx.range(s.keyStart, s.keyEnd);
    report({ range, message: `Service ${code(s.name)} has a writable root file system: set \`read_only: true\` and mount writable paths explicitly.` });
  }
}
