import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, mapAt, reportOnce, scalarString, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'pids-limit-missing',
  target: 'compose',
  category: 'security',
  severity: 'off',
  summary: 'A service sets no process-count limit.',
  docs: {
    description:
      'Without a pids limit a fork bomb, or a bug that spawns processes in a loop, exhausts the host\'s process table ' +
      'and takes every container down with it. A few hundred processes is plenty for most services.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    pids_limit: 200\n',
    notes: 'Off by default (a hardening check, as in KICS). `-1` means unlimited and counts as missing.',
  },
  fix: 'none',
  aliases: ['KICS:221e0658'],
};

const KEYS: readonly string[] = ['pids_limit'];

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const limits = mapAt(s.doc, s.body, 'deploy', 'resources', 'limits');
    const values = [...KEYS.map((k) => (findPair(s.doc, s.body, k) ? valueOf(s.doc, s.body, k) : undefined)), limits && findPair(s.doc, limits, 'pids') ? valueOf(s.doc, limits, 'pids') : undefined];
    // -1 means "unlimited" for the pids limit.
    const set = values.filter((v) => v !== undefined && scalarString(ctx.model, v)?.text.trim() !== '-1');
    if (set.length > 0) continue;
    report({ range: ctx.range(s.keyStart, s.keyEnd), message: `Service ${code(s.name)} sets no process-count limit (\`pids_limit\` or \`deploy.resources.limits.pids\`).` });
  }
}
